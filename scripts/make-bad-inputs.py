#!/usr/bin/env python3
"""Writes a corpus of bad inputs, each one a way a downloaded folder goes wrong.

    scripts/make-bad-inputs.py [FOLDER]              (default: bad-inputs/ at the repo root, git-ignored)
    scripts/make-bad-inputs.py --second [FOLDER]     the second set: inputs made to cost memory or time, and
                                                     names that would run in a spreadsheet or a terminal
                                                     (default: bad-inputs-2/)

Everything is made here from nothing but the standard library, qpdf (for the two encrypted
PDFs; scripts/setup.sh installs it), samples/pingtan-2022.txt (for the cut-off report) and samples/suqian-2024.pdf
(for the damaged one).
EXPECTED lists each file's status and a piece of its reason (EXPECTED_SECOND for the second set, scaled to be
read in seconds); the tests hold gouji to it.
"""
import io
import os
import shutil
import subprocess
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name -> (status, a substring of the reason). The tests read this table (python3 prints it with --expected).
EXPECTED = {
    "empty.pdf": ("failed", "empty file"),
    "truncated.pdf": ("failed", "damaged"),
    "corrupt.pdf": ("failed", "damaged"),
    "encrypted-open-password.pdf": ("failed", "needs a password"),
    "encrypted-owner-only.pdf": ("unsupported", "no 表三"),  # poppler opens it: read like any PDF
    "image-only.pdf": ("failed", "OCR found no table"),
    "html-renamed.pdf": ("unsupported", "no 表三"),
    "docx-renamed.pdf": ("unsupported", "no 表三"),
    "legacy.doc": ("failed", "not a readable compound file (OLE2)"),
    "no-document-xml.docx": ("unsupported", "without word/document.xml"),
    "zip-bomb.docx": ("failed", "too large: word/document.xml unpacks to"),
    "xxe.xml": ("failed", "document type declaration"),
    "billion-laughs.xml": ("failed", "document type declaration"),
    "deep-nesting.xml": ("failed", "Excessive depth"),
    "pages-2000.pdf": ("failed", "too large: 2000 pages, over the 500"),
    "not-a-report.pdf": ("unsupported", "no 表三"),
    "not-a-report.txt": ("unsupported", "no 表三"),
    "pre-2019-report.txt": ("unsupported", "2016 report, in the free-form format"),
    "tables-cut-off.txt": ("needs_review", "表三 rows not found"),
}

# The second set. Each is answered within seconds and in bounded memory.
EXPECTED_SECOND = {
    "lines-200k.txt": ("failed", "too large: 200001 lines, over the 100000"),
    "pipes.txt": ("unsupported", "no 表三"),
    "stream-named-100-times.pdf": ("failed", "page 1 of 1's content inflates to over 64 MB"),
    "stream-over-limit.pdf": ("failed", "page 1 of 1's content inflates to over 64 MB"),
    "missing-page.pdf": ("failed", "page 2 of 2 is missing from its page tree"),
    "forms-each-drawing-the-next-twice.pdf": ("failed", "page 1 of 1 draws forms (XObjects), counting their fonts, over 4096 times"),
    "font-map-drawn-200-times.pdf": ("failed", "page 1 of 1's content inflates to over 64 MB"),
    "damaged-report.pdf": ("failed", "corrupt: the file is damaged (poppler reported"),
    "attributes-100k.docx": ("failed", "too large: word/document.xml: a tag with more than 256 attributes"),
    "attributes-100k.html": ("failed", "too large: a tag with more than 256 attributes"),
    "sparse-300mb.pdf": ("failed", "too large: 300 MB, over the 256 MB read"),
    "=1+2.txt": ("unsupported", "no 表三"),
    "@SUM(A1).txt": ("unsupported", "no 表三"),
    "esc-\x1b]0;title\x07.txt": ("unsupported", "no 表三"),
}


def hand_pdf(objects):
    """A PDF of the given objects, numbered from 1 (the first the catalog)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def page_of_spaces(megabytes, times, count=1):
    """One page: a line of text, then a Flate stream of `megabytes` MB of spaces named `times` times in /Contents.
    The page tree says it has `count` pages."""
    spaces = zlib.compress(b" " * (megabytes << 20), 9)
    text = b"BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET"
    return hand_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [5 0 R" + b" 6 0 R" * times
        + b"] /Resources << /Font << /F 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(spaces) + spaces + b"\nendstream",
    ])


def forms_drawing_the_next_twice(levels):
    """One page whose form XObjects each draw the next twice, `levels` deep (2^levels draws), each form with
    fonts of its own that poppler would look up again at every draw."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
               b"<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /Encoding /WinAnsiEncoding >>"]
    first = len(objects) + 1
    for level in range(levels):
        draw = b"q 0.9 0 0 0.9 1 1 cm /X Do Q /X Do" if level + 1 < levels else b""
        content = b"BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET " + draw
        resources = b"<< /Font << /F 4 0 R >>" + (b" /XObject << /X %d 0 R >>" % (first + level + 1) if draw else b"") + b" >>"
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + resources
                       + b" /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    page_content = b"/X Do"
    objects.append(b"<< /Length %d >>\nstream\n" % len(page_content) + page_content + b"\nendstream")
    objects[2] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                  b"/Resources << /XObject << /X %d 0 R >> >> >>" % (len(objects), first))
    return hand_pdf(objects)


def font_map_drawn(times):
    """One page drawing a form `times` times, whose font's ToUnicode map inflates to 3.7 MB from 20 KB: poppler
    reads it again at every drawing."""
    row = b"".join(b"<%04X> <%04X>\n" % (i, 0x4E00 + i) for i in range(100))
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> "
            b"endcodespacerange\n" + b"100 beginbfchar\n" + row + b"endbfchar\n") * 2600 + b"endcmap end end"
    packed = zlib.compress(cmap, 9)
    drawing = b"/X Do " * times
    form = b"BT /F 12 Tf 72 700 Td (Annual report 2024) Tj ET"
    return hand_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /XObject << /X 6 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(drawing) + drawing + b"\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F 4 0 R >> >> /Length %d >>\n"
        b"stream\n" % len(form) + form + b"\nendstream",
        b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ])


def damaged_sample():
    """samples/suqian-2024.pdf with 40 bytes garbled in the middle of each of its streams."""
    data = open(os.path.join(ROOT, "samples", "suqian-2024.pdf"), "rb").read()
    damaged, start = bytearray(data), 0
    while (begin := data.find(b"stream\n", start)) >= 0 and (end := data.find(b"endstream", begin)) >= 0:
        middle = (begin + 7 + end) // 2
        for i in range(middle, min(middle + 40, end)):
            damaged[i] ^= 0x5A
        start = end + 9
    return bytes(damaged)


def element_with_attributes(count):
    return " ".join(f'a{n}="{n}"' for n in range(count))


def make_second(folder):
    os.makedirs(folder, exist_ok=True)

    def write(name, data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

    write("lines-200k.txt", "a\n" * 200_000)
    write("pipes.txt", "|" * 200_000 + "\n")
    write("stream-named-100-times.pdf", page_of_spaces(60, 100))
    write("stream-over-limit.pdf", page_of_spaces(70, 1))
    write("missing-page.pdf", page_of_spaces(1, 1, count=2))
    write("forms-each-drawing-the-next-twice.pdf", forms_drawing_the_next_twice(24))
    write("font-map-drawn-200-times.pdf", font_map_drawn(200))
    write("damaged-report.pdf", damaged_sample())
    write("attributes-100k.docx", docx({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml":
                                        word_document(["年度报告"]).replace("<w:body>", f"<w:body {element_with_attributes(100_000)}>")}))
    write("attributes-100k.html", f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                                  f"<p {element_with_attributes(100_000)}>年度报告</p></body></html>")
    with open(os.path.join(folder, "sparse-300mb.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(300 << 20)  # sparse: nothing more is written to disk
    for name in ("=1+2.txt", "@SUM(A1).txt", "esc-\x1b]0;title\x07.txt"):
        write(name, "Minutes of the parish council.\nThe bins go out on Tuesdays.\n")


def pdf(pages):
    """A PDF whose pages each hold the given lines of ASCII text (None: a page holding only an image)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        if lines is None:
            image = zlib.compress(bytes(range(256)) * 64)  # 128x128 grey, deflated
            objects.append(b"<< /Type /XObject /Subtype /Image /Width 128 /Height 128 /ColorSpace /DeviceGray "
                           b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(image)
                           + image + b"\nendstream")
            image_ref = len(objects)
            content = b"q 400 0 0 400 100 300 cm /Im0 Do Q"
            resources = b"<< /XObject << /Im0 %d 0 R >> >>" % image_ref
        else:
            content = b"BT /F1 12 Tf 72 720 Td 14 TL " + b"".join(
                b"(" + line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '"
                for line in lines) + b" ET"
            resources = b"<< /Font << /F1 3 0 R >> >>"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>"
                       % (resources, len(objects)))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return hand_pdf(objects)


def docx(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_document(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'


def cut_off_report():
    """A real-looking report whose 表三 stops after three rows, and nothing after it."""
    lines = open(os.path.join(ROOT, "samples", "pingtan-2022.txt"), encoding="utf-8").read().splitlines()
    first_row = next(i for i, line in enumerate(lines) if line.startswith("一、本年新收政府信息公开申请数量"))
    return "\n".join(lines[:first_row + 3]) + "\n"


PRE_2019 = """某某县人民政府2016年政府信息公开工作年度报告

一、概述
2016年，我县认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息1203条。

二、主动公开政府信息情况
全年主动公开政府信息1203条，其中政府文件86件。

三、依申请公开政府信息情况
项目                      数量
收到申请数                45
其中：当面申请            12
      网络申请            30
      信函申请            3
已办结                    45
其中：同意公开            30
      部分公开            5
      不予公开            10

四、因政府信息公开申请提起行政复议、行政诉讼的情况
全年因政府信息公开申请提起行政复议1件，行政诉讼0件。
"""


def make(folder):
    os.makedirs(folder, exist_ok=True)

    def write(name, data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

    good = pdf([["Annual report of a ministry of nothing", "No tables here, only words."]])
    write("empty.pdf", b"")
    write("truncated.pdf", good[: len(good) // 3])
    write("corrupt.pdf", good[:9] + bytes((b * 7 + 13) % 256 for b in good[9:]))
    write("not-a-report.pdf", good)
    write("not-a-report.txt", "Minutes of the parish council.\nThe bins go out on Tuesdays.\n")
    write("image-only.pdf", pdf([None]))
    write("pages-2000.pdf", pdf([[f"Page {n} of a very long document."] for n in range(1, 2001)]))
    if shutil.which("qpdf"):
        source = os.path.join(folder, "not-a-report.pdf")
        for name, user in (("encrypted-open-password.pdf", "secret"), ("encrypted-owner-only.pdf", "")):
            subprocess.run(["qpdf", "--encrypt", user, "owner-secret", "256", "--", source,
                            os.path.join(folder, name)], check=True)
    else:
        sys.exit("make-bad-inputs: qpdf is needed for the encrypted PDFs (scripts/setup.sh installs it)")

    write("html-renamed.pdf", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>公告</title></head>"
                              "<body><p>本网站将于周末维护。</p></body></html>")
    write("docx-renamed.pdf", docx({"[Content_Types].xml": CONTENT_TYPES,
                                    "word/document.xml": word_document(["会议通知", "请准时参加。"])}))
    write("legacy.doc", bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(range(256)) * 16)
    write("no-document-xml.docx", docx({"[Content_Types].xml": CONTENT_TYPES, "word/styles.xml": "<styles/>"}))

    # 128 MiB of zeros deflates to about 128 KiB, four times what the reader allows.
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"\0" * (1 << 20)
            for _ in range(128):
                entry.write(chunk)
    write("zip-bomb.docx", bomb.getvalue())

    write("xxe.xml", f'<?xml version="1.0"?><!DOCTYPE w:wordDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                     f'<!ENTITY net SYSTEM "http://example.invalid/x">]><w:wordDocument xmlns:w="http://schemas.microsoft.com/'
                     f'office/word/2003/wordml"><w:body><w:p><w:r><w:t>&xxe;&net;</w:t></w:r></w:p></w:body></w:wordDocument>')
    laughs = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    write("billion-laughs.xml", f'<?xml version="1.0"?><!DOCTYPE w:wordDocument [<!ENTITY lol0 "lol">{laughs}]>'
                                f'<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
                                f'<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:wordDocument>')
    depth = 100_000
    write("deep-nesting.xml", '<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/'
                              'wordml"><w:body>' + "<w:p>" * depth + "</w:p>" * depth + "</w:body></w:wordDocument>")

    write("pre-2019-report.txt", PRE_2019)
    write("tables-cut-off.txt", cut_off_report())


if __name__ == "__main__":
    args = sys.argv[1:]
    second = args[:1] == ["--second"]
    args = args[1:] if second else args
    if args == ["--expected"]:
        # Names may hold control characters: each is printed with them escaped as \xHH, which the tests undo.
        for name, (status, reason) in sorted((EXPECTED_SECOND if second else EXPECTED).items()):
            print(f"{name.encode('unicode_escape').decode('ascii')}\t{status}\t{reason}")
    elif second:
        make_second(args[0] if args else os.path.join(ROOT, "bad-inputs-2"))
    else:
        make(args[0] if args else os.path.join(ROOT, "bad-inputs"))
