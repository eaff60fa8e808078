"""Icons from ``resources/icons/``: small SVG files drawn in ``currentColor``, given the
palette's text colour when loaded, so they read in every theme (a font glyph such as the
stopwatch symbol shows as a box where the desktop's fonts lack it)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImageReader, QPixmap

from rehablogg.resources_dir import resource_path


def icon_pixmap(name: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """``resources/icons/<name>.svg`` drawn in ``colour``, ``size`` logical pixels square
    (sharp at the screen's device pixel ratio ``ratio``)."""
    svg = resource_path("icons", f"{name}.svg").read_text("utf-8")
    data = QByteArray(svg.replace("currentColor", colour.name()).encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    pixels = max(1, round(size * ratio))
    reader.setScaledSize(QSize(pixels, pixels))
    pixmap = QPixmap.fromImage(reader.read())
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
