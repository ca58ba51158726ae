#!/usr/bin/env python3
"""Converts DOCX files to Word 97–2003 .doc with LibreOffice, for the tests of the .doc reader.

    scripts/make-doc-fixtures.py                      # the committed fixtures (below)
    scripts/make-doc-fixtures.py --out DIR FILE...    # any DOCX files or folders of them, into DIR

With no arguments it writes Tests/GoujiExtractTests/Fixtures/doc/: the .doc of every samples/*.docx,
and constructs.docx (written here: merged cells, fields, tracked changes, hidden text, a nested
table, a text box) with its .doc. The tests compare each .doc with its DOCX, so they need no
LibreOffice; only this script does (apt-get install libreoffice-writer-nogui).
An existing .doc is kept unless --force is given, so that a run rewrites nothing it need not.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "GoujiExtractTests", "Fixtures", "doc")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def p(text, run_properties=""):
    rpr = "<w:rPr>%s</w:rPr>" % run_properties if run_properties else ""
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, text)


def tc(content, properties="", width=1200):
    body = content if content.startswith("<w:") else p(content)
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (width, properties, body)


def tr(*cells, properties=""):
    return "<w:tr>%s%s</w:tr>" % ("<w:trPr>%s</w:trPr>" % properties if properties else "", "".join(cells))


def tbl(columns, *rows):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in columns)
    borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side
                      for side in ["top", "left", "bottom", "right", "insideH", "insideV"])
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>%s</w:tblBorders></w:tblPr>'
            "<w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (borders, grid, "".join(rows)))


def field(instruction, result):
    def run(inner):
        return "<w:r>%s</w:r>" % inner
    return (run('<w:fldChar w:fldCharType="begin"/>') + run('<w:instrText xml:space="preserve">%s</w:instrText>' % instruction)
            + run('<w:fldChar w:fldCharType="separate"/>') + run("<w:t>%s</w:t>" % result)
            + run('<w:fldChar w:fldCharType="end"/>'))


def constructs_body():
    """Each construct the .doc reader handles, with figures of the national template."""
    merges = tbl([1800, 1200, 1200, 1200],
                 tr(tc("本列数据", '<w:vMerge w:val="restart"/>', 1800), tc("申请人情况", '<w:gridSpan w:val="2"/>', 2400),
                    tc("总计", '<w:vMerge w:val="restart"/>')),
                 tr(tc("", "<w:vMerge/>", 1800), tc("自然人"), tc("法人"), tc("", "<w:vMerge/>")),
                 tr(tc("一、本年新收", "", 1800), tc("21"), tc("3"), tc("24")),
                 tr(tc("四、结转下年度继续办理", '<w:gridSpan w:val="2"/>', 3000), tc("0"), tc("0")))
    fields = tbl([2400, 1200, 1200],
                 tr(tc("予以公开", "", 2400),
                    tc('<w:p><w:fldSimple w:instr=" =SUM(ABOVE) "><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>'),
                    tc("<w:p>%s</w:p>" % field(' =SUM(LEFT) \\# "0" ', "7"))),
                 tr(tc("部分公开", "", 2400),
                    tc('<w:p><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>34</w:delText></w:r></w:del>'
                       '<w:ins w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:t>31</w:t></w:r></w:ins></w:p>'),
                    tc('<w:p><w:r><w:t>5</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>')))
    nested = tbl([6000],
                 tr(tc(p("（一）主动公开方面") + tbl([2400, 1200], tr(tc("规章", "", 2400), tc("0")),
                                                    tr(tc("行政规范性文件", "", 2400), tc("5"))) + p("说明"), "", 6000)))
    textbox = ('<w:p><w:r><w:t>见文本框</w:t></w:r><w:r><w:pict><v:shape id="box" style="width:200pt;height:40pt" '
               'xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
               '</v:shape></w:pict></w:r></w:p>' % p("文本框里的话"))
    return (p("一、合并单元格") + merges
            + p("二、域和修订") + fields
            + '<w:p><w:r><w:t xml:space="preserve">共</w:t></w:r>%s<w:r><w:t>件</w:t></w:r></w:p>' % field(" =21+3 ", "24")
            + p("三、嵌套表格") + nested
            + p("四、文本框") + textbox
            + p("完"))


def docx(body):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, body))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }
    out = tempfile.SpooledTemporaryFile()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    out.seek(0)
    return out.read()


def convert(sources, folder):
    """Converts the DOCX files to .doc in `folder`, all in one LibreOffice run."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        sys.exit("make-doc-fixtures.py: needs LibreOffice (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([office, "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", folder] + sources,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for source in sources:
        print("converted " + os.path.relpath(os.path.join(folder, os.path.splitext(os.path.basename(source))[0] + ".doc")))


def main(arguments):
    if arguments[:1] == ["--out"]:
        folder, sources = arguments[1], []
        for argument in arguments[2:]:
            if os.path.isdir(argument):
                sources += sorted(os.path.join(argument, f) for f in os.listdir(argument) if f.endswith(".docx"))
            else:
                sources.append(argument)
        os.makedirs(folder, exist_ok=True)
        convert(sources, folder)
        return
    force = "--force" in arguments
    os.makedirs(FIXTURES, exist_ok=True)
    constructs = os.path.join(FIXTURES, "constructs.docx")
    with open(constructs, "wb") as f:
        f.write(docx(constructs_body()))
    samples = os.path.join(ROOT, "samples")
    sources = [constructs] + sorted(os.path.join(samples, f) for f in os.listdir(samples) if f.endswith(".docx"))
    missing = [s for s in sources
               if force or not os.path.exists(os.path.join(FIXTURES, os.path.splitext(os.path.basename(s))[0] + ".doc"))]
    if missing:
        convert(missing, FIXTURES)
    for kept in sorted(set(sources) - set(missing)):
        print("kept      " + os.path.relpath(os.path.join(FIXTURES, os.path.splitext(os.path.basename(kept))[0] + ".doc")))


if __name__ == "__main__":
    main(sys.argv[1:])
