"""Screenshots at 200 % scaling and in a dark theme, and the check that no text is cut off.

Run from the repository root:

    python docs/screenshots/scaled_shots.py          # writes 200/*.png and morkt-tema.png
    python docs/screenshots/scaled_shots.py --check  # prints cut-off texts, exit 1 if any

200 % is a 2560 × 1440 screen at scale factor 2, the common setting for a 14–15" high-resolution
laptop: Qt then has 1280 × 720 logical pixels to lay out in, and every window must fit and show
its labels and buttons whole. Each part runs in its own Python process because the scale
factor is fixed when Qt starts. The data is the made-up demo data in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN = (2560, 1440)  # physical pixels
SCALE = 2
TODAY = date(2026, 11, 20)  # the same Friday as the other screenshots


def qt_environment(scale: int) -> dict[str, str]:
    """Environment for a child process: offscreen Qt on a 2560 × 1440 screen at ``scale``."""
    config = Path(tempfile.gettempdir()) / "rehablogg-screen-2560x1440.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": SCREEN[0],
                        "height": SCREEN[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    return env


def run_part(part: str, scale: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--part", part],
        env=qt_environment(scale),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


# -- everything below runs inside a child process with Qt started -----------------------------
def clipped_texts(top: object) -> list[str]:
    """Labels, buttons and check boxes of window ``top`` that show less than their text needs:
    narrower than their size hint, or (word-wrapped labels) lower than their text's height at
    their width; and the window itself when it does not fit on the screen."""
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QWidget

    assert isinstance(top, QWidget)
    found = []
    screen = top.screen().availableGeometry()
    if top.width() > screen.width() or top.height() > screen.height():
        found.append(
            f"{top.objectName()}: vinduet er {top.width()}×{top.height()}, skjermen "
            f"{screen.width()}×{screen.height()}"
        )
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            name = f"{widget.objectName() or 'QLabel'} «{widget.text()[:40]}»"
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if widget.height() < need:
                    found.append(
                        f"{top.objectName()}: {name} er {widget.height()} høy, "
                        f"teksten trenger {need}"
                    )
            elif widget.width() < widget.sizeHint().width():
                found.append(
                    f"{top.objectName()}: {name} er {widget.width()} bred, teksten "
                    f"trenger {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QPushButton | QCheckBox) and widget.text().strip():
            assert isinstance(widget, QAbstractButton)
            if widget.width() < widget.sizeHint().width():
                found.append(
                    f"{top.objectName()}: {widget.objectName() or 'knapp'} "
                    f"«{widget.text()}» er {widget.width()} bred, teksten trenger "
                    f"{widget.sizeHint().width()}"
                )
    return found


@contextmanager
def demo_windows() -> Iterator[dict[str, object]]:
    """The five windows, open and laid out, with demo data, sized as on the 200 % screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from rehablogg.application.logbook import Logbook
    from rehablogg.demo import DemoSpec, write_demo
    from rehablogg.gui.clients_dialog import ClientsDialog
    from rehablogg.gui.export_dialog import ExportDialog
    from rehablogg.gui.main_window import MainWindow
    from rehablogg.gui.palette_colours import install_tones
    from rehablogg.gui.profile_dialog import ProfileDialog
    from rehablogg.storage.database import open_database
    from rehablogg.storage.paths import resolve_data_dir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_tones(app)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(resolve_data_dir(tmp))
        write_demo(
            db,
            DemoSpec(
                entries=None,
                clients=25,
                seed=7,
                end=TODAY,
                therapist="DEMO01",
                municipality="4601",
                unit="Barne- og familietjenesten",
                position_percent=80,
            ),
        )
        screen = app.primaryScreen().availableGeometry()

        def fit(widget: QWidget, width: int, height: int) -> None:
            widget.resize(min(width, screen.width()), min(height, screen.height()))
            widget.show()
            widget.activateWindow()
            QApplication.processEvents()

        window = MainWindow(Logbook(db, today=lambda: TODAY))
        fit(window, 1300, 800)
        form = window.form
        register = ClientsDialog(window.logbook, window)
        fit(register, 1100, 560)
        profile = ProfileDialog(window.logbook, window, today=lambda: TODAY)
        fit(profile, profile.width(), profile.height())
        export = ExportDialog(
            window.logbook, TODAY, window, catalogue=window.catalogue, calendar=window.calendar
        )
        fit(export, 1100, 700)
        # Last, so no other window takes the focus and closes the suggestions: a search in
        # the code picker with the second suggestion highlighted and its help beside it.
        window.activateWindow()
        form.ui.codeEdit.setFocus()
        QTest.keyClicks(form.ui.codeEdit, "veil")
        QTest.keyClick(form.ui.codeEdit, Qt.Key.Key_Down)
        QApplication.processEvents()
        try:
            yield {
                "hovedvindu": window,
                "registreringsskjema": form,
                "brukerregister": register,
                "profil": profile,
                "eksport": export,
            }
        finally:
            for top in (export, profile, register, window):
                top.close()
            db.close()


def part_200() -> int:
    out = HERE / "200"
    out.mkdir(exist_ok=True)
    with demo_windows() as windows:
        for name, widget in windows.items():
            widget.grab().save(str(out / f"{name}.png"))  # type: ignore[attr-defined]
            print(f"wrote {out / name}.png")
    return 0


def part_check() -> int:
    problems: list[str] = []
    with demo_windows() as windows:
        for name, top in windows.items():
            if name != "registreringsskjema":  # part of the main window, checked with it
                problems += clipped_texts(top)
    print(json.dumps(problems, ensure_ascii=False))
    return 1 if problems else 0


def part_dark() -> int:
    """The main window in a dark palette (what a user with dark mode on sees), with a refused
    entry so the error colour shows."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#eeeeee"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#282828"),
        (roles.Text, "#eeeeee"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#eeeeee"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#eeeeee"),
        (roles.Light, "#505050"),
        (roles.Midlight, "#404040"),
        (roles.Mid, "#303030"),
        (roles.Dark, "#202020"),
        (roles.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    with demo_windows() as windows:
        window = windows["hovedvindu"]
        form = window.form  # type: ignore[attr-defined]
        form.ui.codeEdit.clear()
        form.ui.minutesEdit.setText("tre kvarter")
        form.try_save()
        QApplication.processEvents()
        window.grab().save(str(HERE / "morkt-tema.png"))  # type: ignore[attr-defined]
        print(f"wrote {HERE / 'morkt-tema.png'}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check for cut-off texts")
    parser.add_argument("--part", choices=("200", "dark", "check"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        return {"200": part_200, "dark": part_dark, "check": part_check}[args.part]()
    parts = [("check", SCALE)] if args.check else [("200", SCALE), ("dark", 1)]
    status = 0
    for part, scale in parts:
        done = run_part(part, scale)
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)
        status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
