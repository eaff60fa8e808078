"""The language of the user interface: bokmål (the source language), nynorsk or English.

The choice is kept in the database's settings table (it travels with backups) and applies when
rehablogg starts: ``install_language`` puts the app's and Qt's own translations in place before
any window is built. Without a stored choice the system locale decides (nb, no, nn or en),
bokmål when it is anything else. This module also holds the GUI's helpers for showing numbers,
dates, weeks, catalogue labels and core's marked sentences in that language.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QWidget

from rehablogg.application.settings_book import DEFAULT_LANGUAGE, LANGUAGES
from rehablogg.core import numbers
from rehablogg.core.catalogue import Labels
from rehablogg.core.i18n import QT_TRANSLATE_NOOP, Sentence
from rehablogg.resources_dir import resource_path

if TYPE_CHECKING:
    from rehablogg.application.logbook import Logbook

DEFAULT = DEFAULT_LANGUAGE
# Each language is named in itself, so a user can find their own in the menu whatever is shown.
NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_current = DEFAULT
_installed: list[QTranslator] = []


# -- choosing ----------------------------------------------------------------------------------
def language_of_locale(name: str) -> str:
    """``nb_NO``, ``no``, ``nn-NO``, ``en_US`` … → nb, nn or en; bokmål for anything else."""
    base = name.replace("-", "_").split("_")[0].lower()
    if base in ("nb", "no"):
        return "nb"
    return base if base in LANGUAGES else DEFAULT


def system_language() -> str:
    return language_of_locale(QLocale.system().name())


def stored_language(logbook: Logbook) -> str | None:
    return logbook.settings.language()


def save_language(logbook: Logbook, language: str) -> None:
    logbook.settings.set_language(language)


def chosen_language(logbook: Logbook | None) -> str:
    """The stored choice, else the system's language."""
    stored = stored_language(logbook) if logbook is not None else None
    return stored or system_language()


# -- installing --------------------------------------------------------------------------------
def translation_file(language: str) -> str:
    return str(resource_path("translations", f"rehablogg_{language}.qm"))


def install_language(language: str) -> str:
    """Install the translations of ``language`` (replacing any installed before); returns the
    language in effect. Bokmål needs no file: it is the source language, and Qt's own strings
    are covered by gui/buttons.py, since Qt ships no bokmål translation."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs a QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT
    if language != DEFAULT:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"rehablogg_{language}", str(resource_path("translations"))),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    _current = language
    return language


def current_language() -> str:
    return _current


# -- showing things in the current language ----------------------------------------------------
def translated(message: object) -> str:
    """A core/storage sentence (or an exception carrying one) in the current language; see
    rehablogg/core/i18n.py for why the template is looked up before it is formatted."""
    if isinstance(message, BaseException):
        args = message.args
        message = args[0] if len(args) == 1 and isinstance(args[0], str) else str(message)
    if not isinstance(message, Sentence):
        return str(message)
    text = QCoreApplication.translate(message.context, message.template)
    if not message.params:
        return text
    values = {k: translated(v) if isinstance(v, Sentence) else v for k, v in message.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return str(message)


def catalogue_text(labels: Labels) -> str:
    """A catalogue label or description in the current language."""
    return labels.get(_current)


def number(value: float, decimals: int = 0) -> str:
    return numbers.format_number(value, _current, decimals)


def count(value: int) -> str:
    """A count of minutes or things, ``12 345``; for the clock form ``1:35`` use
    ``core.numbers.format_hours_minutes``."""
    return numbers.format_count(value, _current)


def decimal_hours(minutes: int, decimals: int = 1) -> str:
    return numbers.format_decimal_hours(minutes, _current, decimals)


def percent(value: float, decimals: int = 0) -> str:
    return numbers.format_percent(value, _current, decimals)


def format_date(d: date) -> str:
    """dd.mm.yyyy in every language."""
    return f"{d:%d.%m.%Y}"


_WEEK = QT_TRANSLATE_NOOP("language", "uke %1")
_WEEK_TITLE = QT_TRANSLATE_NOOP("language", "Uke %1")


def week_label(week: int, *, title: bool = False) -> str:
    """``uke 47`` / ``veke 47`` / ``week 47``; ``title`` capitalises it."""
    return QCoreApplication.translate("language", _WEEK_TITLE if title else _WEEK).replace(
        "%1", str(week)
    )


WEEKDAYS = (
    QT_TRANSLATE_NOOP("language", "man"),
    QT_TRANSLATE_NOOP("language", "tir"),
    QT_TRANSLATE_NOOP("language", "ons"),
    QT_TRANSLATE_NOOP("language", "tor"),
    QT_TRANSLATE_NOOP("language", "fre"),
    QT_TRANSLATE_NOOP("language", "lør"),
    QT_TRANSLATE_NOOP("language", "søn"),
)


def weekday_short(d: date) -> str:
    return QCoreApplication.translate("language", WEEKDAYS[d.weekday()])


def monday_first(*widgets: QWidget) -> None:
    """Weeks start on Monday in Norway, whatever the system locale says."""
    for widget in widgets:
        if isinstance(widget, QCalendarWidget):
            widget.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        elif isinstance(widget, QDateTimeEdit):  # QDateEdit too
            calendar = widget.calendarWidget()
            if calendar is not None:
                calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)


def monday_first_everywhere(root: QWidget) -> None:
    """Every date edit and calendar under ``root``."""
    monday_first(*root.findChildren(QDateTimeEdit), *root.findChildren(QCalendarWidget))


def write_error_text(exc: BaseException) -> str:
    """explain_write_error's sentence for a failed save, in the current language."""
    from rehablogg.application.errors import StorageError, explain_write_error

    # explain_write_error returns str(exc) for StorageError, which drops the template.
    return translated(exc if isinstance(exc, StorageError) else explain_write_error(exc))
