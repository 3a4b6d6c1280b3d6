"""The certificate codes in a file a person gives: a certificate PDF, or a photo or scan of one
(PNG, JPEG, BMP …). A PDF Songpei made carries the signed text in its metadata and is read
without rendering; any other PDF (a scan saved as PDF) is rendered page by page, with Qt's PDF
module where this PySide6 build has it, else with poppler's pdftoppm, and images are decoded
with zbar (pyzbar, libzbar0).

Only finding the codes lives here (Qt and zbar are app/'s); whether one is genuine is
sync.base.certificate.verify's."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from content.keys import read_file
from sync.base.certificate import PREFIX, CertificateUnreadable, find_codes

PDF_DPI = 200  # a rendered page: about 4 pixels a module for the certificate's code
MAX_PAGES = 20
MAX_PIXELS = 60_000_000  # a 50-megapixel photo decodes; a decompression bomb does not


def codes_in(path: Path) -> list[str]:
    """The certificate texts found in the file, in the order found; raises
    CertificateUnreadable when there is none."""
    data = read_file(path)
    if data.startswith(b"%PDF"):
        found = find_codes(data) or _pdf_codes(path, data)
    else:
        found = _image_codes(path, data)
    found = [c for c in found if c.startswith(PREFIX)]
    if not found:
        raise CertificateUnreadable(path=str(path), reason="no-code", detail="")
    return found


def _decode(path: Path, image: QImage) -> list[str]:
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError) as exc:  # libzbar0 missing: the Python part cannot load it
        raise CertificateUnreadable(path=str(path), reason="no-reader", detail=str(exc)) from None
    if image.width() * image.height() > MAX_PIXELS:
        raise CertificateUnreadable(path=str(path), reason="too-large", detail="")
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())[: stride * h]
    if stride != w:  # rows are padded to 4 bytes: zbar wants them packed
        raw = b"".join(raw[y * stride : y * stride + w] for y in range(h))
    found = []
    for symbol in pyzbar.decode((raw, w, h), symbols=[pyzbar.ZBarSymbol.QRCODE]):
        try:
            found.append(symbol.data.decode("ascii"))
        except UnicodeDecodeError:
            continue  # not ours: our codes are alphanumeric
    return found


def _image_codes(path: Path, data: bytes) -> list[str]:
    image = QImage()
    if not image.loadFromData(data):
        raise CertificateUnreadable(path=str(path), reason="not-image", detail="")
    return _decode(path, image)


def _pdf_codes(path: Path, data: bytes) -> list[str]:
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:  # some PySide6 builds lack the PDF module
        if shutil.which("pdftoppm") is None:
            raise CertificateUnreadable(
                path=str(path), reason="no-reader", detail=str(exc)
            ) from None
        return _poppler_codes(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise CertificateUnreadable(path=str(path), reason="not-image", detail="")
    found: list[str] = []
    for page in range(min(doc.pageCount(), MAX_PAGES)):
        points = doc.pagePointSize(page)
        size = QSize(round(points.width() * PDF_DPI / 72), round(points.height() * PDF_DPI / 72))
        found += _decode(path, doc.render(page, size))
    doc.close()
    return found


def _poppler_codes(path: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="songpei-scan-") as tmp:
        r = subprocess.run(
            ["pdftoppm", "-png", "-r", str(PDF_DPI), "-l", str(MAX_PAGES), str(path), "page"],
            cwd=tmp,
            capture_output=True,
            timeout=300,
        )
        if r.returncode != 0:
            raise CertificateUnreadable(path=str(path), reason="not-image", detail="")
        found: list[str] = []
        for page in sorted(Path(tmp).glob("page*.png")):
            image = QImage(str(page))
            found += _decode(path, image)
        return found
