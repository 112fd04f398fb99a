"""Hostile inputs, made by hand for the robustness tests: PDFs written object by object
(a decompression bomb, a cyclic page tree, a scan with no text layer, fonts with no text
mapping) and the other files a careless archive holds (empty, binary junk, HTML named
.pdf, invalid UTF-8, deeply nested HTML ...)."""

from __future__ import annotations

import random
import zlib
from pathlib import Path
from typing import Optional

MB = 1024 * 1024


def raw_pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF file from object bodies (object N is ``objects[N-1]``), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, trailer_extra, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", flate: bool = True) -> bytes:
    body = zlib.compress(data) if flate else data
    filters = b"/Filter /FlateDecode " if flate else b""
    return b"<< /Length %d %s%s>>\nstream\n" % (len(body), filters, extra) + body + b"\nendstream"


def _page_pdf(content: bytes, resources: bytes = b"<< >>", extra_objects: Optional[list[bytes]] = None) -> bytes:
    """One A4 page with ``content`` as its (Flate) content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources " + resources + b" >>",
        stream(content),
    ]
    return raw_pdf(objects + (extra_objects or []))


def text_pdf(lines: list[str]) -> bytes:
    """A page of Helvetica text lines (a standard font: text maps to itself)."""
    ops = [b"BT /F1 11 Tf 56 780 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    return _page_pdf(b"\n".join(ops), b"<< /Font << /F1 5 0 R >> >>", [font])


def unmapped_font_pdf(lines: int = 40) -> bytes:
    """Text drawn in a font whose glyphs map to no text: codes 1-60 named /g1../g60 with no
    ToUnicode map, as some PDF printers write subset fonts. Readers get control codes or
    (cid:N) placeholders, never words."""
    rng = random.Random(7)
    names = b" ".join(b"/g%d" % i for i in range(1, 61))
    procs = b" ".join(b"/g%d 6 0 R" % i for i in range(1, 61))
    font = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] "
            b"/FirstChar 1 /LastChar 60 /Widths [" + b" ".join(b"500" for _ in range(60)) + b"] "
            b"/Encoding << /Type /Encoding /Differences [1 " + names + b"] >> /CharProcs << " + procs + b" >> >>")
    glyph = stream(b"500 0 0 0 500 700 d1 0 0 500 700 re f")
    ops = [b"BT /F1 11 Tf 56 780 Td 14 TL"]
    for _ in range(lines):
        codes = bytes(rng.randint(1, 60) for _ in range(70))
        ops.append(b"(" + codes.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    return _page_pdf(b"\n".join(ops), b"<< /Font << /F1 5 0 R >> >>", [font, glyph])


def deflate_bomb(inflated_mb: int) -> bytes:
    """zlib data that inflates to ``inflated_mb`` MB of spaces, about a thousandth of that
    in size. Built from one compressed megabyte repeated (each ends with a full flush, so
    the pieces are independent), which is thousands of times faster than compressing."""
    chunk = b" " * MB
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = raw.compress(chunk) + raw.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    one, adler = zlib.adler32(chunk), 1
    for _ in range(inflated_mb):
        adler = _adler32_combine(adler, one, MB)
    return b"\x78\xda" + piece * inflated_mb + end + adler.to_bytes(4, "big")


def _adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """zlib's adler32_combine: the checksum of A+B from those of A and B and B's length."""
    base = 65521
    rem = len2 % base
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 = (sum1 + (adler2 & 0xFFFF) + base - 1) % base
    sum2 = ((adler1 >> 16) + (adler2 >> 16) + sum2 + base - rem) % base
    return sum1 | (sum2 << 16)


def bomb_pdf(inflated_mb: int = 2048) -> bytes:
    """A page whose content stream is ``inflated_mb`` MB of spaces once inflated: about
    2 MB on disk, gigabytes once a reader inflates it."""
    body = deflate_bomb(inflated_mb)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    return raw_pdf(objects)


def cyclic_pdf() -> bytes:
    """A page tree that contains itself: the Pages node lists itself among its kids."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream(b"BT ET"),
    ])


def scanned_pdf() -> bytes:
    """A page that is only an image (a scan): 200x200 grey pixels, no text layer."""
    pixels = bytes((x * y) % 256 for y in range(200) for x in range(200))
    image = stream(pixels, b"/Type /XObject /Subtype /Image /Width 200 /Height 200 /ColorSpace /DeviceGray /BitsPerComponent 8 ")
    return _page_pdf(b"q 400 0 0 400 100 300 cm /Im1 Do Q", b"<< /XObject << /Im1 5 0 R >> >>", [image])


def encrypted_pdf(path: Path) -> None:
    """Minutes text in a PDF that needs a password to open."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    canvas.drawString(56, 780, "Minutes of the Finance Committee held on 3 March 2023")
    canvas.drawString(56, 760, "RESOLVED: that the budget of 10,000 be approved.")
    canvas.save()


def nested_html(depth: int = 200_000) -> bytes:
    return b"<html><body>" + b"<div>" * depth + b"Minutes" + b"</div>" * depth + b"</body></html>"


def scripts_html(count: int = 2_000) -> bytes:
    script = b"<script>var a = '<p>not minutes</p>'; for (i = 0; i < 10; i++) { a += i; }</script>"
    return (b"<html><head>" + script * 10 + b"</head><body>" + (script + b"<p>Item 1 Apologies</p>") * count
            + b"</body></html>")


def big_text(path: Path, size_mb: int = 50) -> None:
    """``size_mb`` MB of minutes-like lines."""
    line = b"Councillor Smith asked about the 2,000 pounds budget; the Chair agreed to respond.\n"
    with open(path, "wb") as fh:
        block = line * (MB // len(line) + 1)
        for _ in range(size_mb):
            fh.write(block[:MB])


def write_hostile_files(folder: Path, good_pdf: Optional[bytes] = None) -> dict[str, str]:
    """Write the hostile batch into ``folder``; returns {file name: what it is}."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\n   \r\n\n",
        "junk.txt": bytes(rng.randrange(256) for _ in range(200_000)),
        "junk.pdf": b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(200_000)),
        "html_named.pdf": b"<html><body><p>Minutes of the meeting</p></body></html>",
        "invalid_utf8.txt": b"Minutes of the Parish Council\n\xff\xfe\xc3(RESOLVED \x80\x81 that the \xe2\x82 budget be approved.\n",
        "utf16.txt": "Minutes of the Parish Council\nRESOLVED: that the budget of £2,000 be approved.\n".encode("utf-16"),
        "nested.html": nested_html(),
        "scripts.html": scripts_html(),
        "bomb.pdf": bomb_pdf(),
        "cyclic.pdf": cyclic_pdf(),
        "scanned.pdf": scanned_pdf(),
        "unmapped_fonts.pdf": unmapped_font_pdf(),
    }
    if good_pdf is not None:
        files["truncated.pdf"] = good_pdf[: len(good_pdf) // 2]
    for name, data in files.items():
        (folder / name).write_bytes(data)
    encrypted_pdf(folder / "encrypted.pdf")
    big_text(folder / "big.txt")
    return {name: name for name in [*files, "encrypted.pdf", "big.txt"]}


def peak_rss_of_tree(pid: int) -> int:
    """Current resident memory of a process and all its descendants, in bytes."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


