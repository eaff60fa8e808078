"""Translation marker for user-facing sentences in code that must not import Qt.

``pyside6-lupdate`` recognises calls named ``QT_TRANSLATE_NOOP(context, text)`` in Python
sources, so core, storage, exchange and aggregate mark their sentences without importing Qt.
The source language is bokmål: the CLI prints the sentences as they are.

How the GUI shows them in nynorsk or English
---------------------------------------------
A marked sentence is usually formatted where it is made
(``QT_TRANSLATE_NOOP("entry", "Koden {code} er utgått …").format(code=c)``) and travels as a
problem message or an exception's argument. Translating the finished text is impossible (the
catalogue holds the template, not every filled-in variant), and re-parsing it would be guesswork.
So the marker returns a ``Sentence``: a ``str`` (bokmål, usable anywhere a string is) that also
remembers its context and template, and whose ``format`` returns a ``Sentence`` that remembers
the values too. Nothing in the callers changes. At the GUI boundary
``rehablogg.gui.language.translated(message_or_exception)`` looks the template up in the
installed translation, formats it with the same values (values that are Sentences themselves are
translated first) and falls back to the bokmål text for plain strings. Anything that turns the
sentence into a plain ``str`` (concatenation, f-strings, ``str(exc)``) simply shows bokmål; so
the GUI passes the exception or message itself to ``translated``.
"""

from __future__ import annotations

from typing import Any


class Sentence(str):
    """A bokmål sentence that knows its translation context, template and values."""

    __slots__ = ("context", "params", "template")

    context: str
    template: str
    params: dict[str, Any]

    def __new__(
        cls, text: str, context: str, template: str, params: dict[str, Any] | None = None
    ) -> Sentence:
        self = super().__new__(cls, text)
        self.context = context
        self.template = template
        self.params = dict(params or {})
        return self

    def format(self, *args: object, **kwargs: Any) -> Sentence:
        if args:  # positional fields are not used by marked sentences; keep the plain text
            return Sentence(str.format(self, *args, **kwargs), self.context, str(self))
        params = {**self.params, **kwargs}
        return Sentence(str.format(self.template, **params), self.context, self.template, params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Sentences cross process boundaries (aggregate workers); keep what makes them one.
        return (Sentence, (str(self), self.context, self.template, self.params))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name fixed by lupdate
    return Sentence(text, context, text)
