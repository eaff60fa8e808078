"""Translation marker for user-facing sentences in code that must not import Qt.

``pyside6-lupdate`` recognises calls named ``QT_TRANSLATE_NOOP(context, text)`` in Python
sources, so core can mark its sentences without importing Qt; the GUI translates them at
display time and the CLI prints them as they are (bokmål is the source language).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name fixed by lupdate
    return text
