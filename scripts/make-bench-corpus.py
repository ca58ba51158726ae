#!/usr/bin/env python3
"""Writes a benchmark corpus of N reports made from samples/, for `gouji bench`.

    scripts/make-bench-corpus.py N FOLDER

The mix leans on PDF, as real folders do: of every 10 reports, 7 are PDF, 1 DOCX, 1 HTML and
1 plain text, each kind's samples taken in turn (samples/ holds one PDF, one DOCX, one web
page and eight text files). Every copy has its own name (00042-suqian-2024.pdf) and its own
bytes, so that a corpus's resume-by-hash reads every one of them; what makes the bytes differ
changes nothing gouji reads:
  PDF   a comment line after the final %%EOF (poppler reads from the last startxref),
  DOCX  the zip archive's comment (no entry changes),
  HTML  an HTML comment after the page,
  text  a last line of spaces and tabs spelling the copy's number in binary (ASCII whitespace
        is the same in UTF-8 and GB18030, and a blank line is no text).
The same N always gives the same bytes. Prints the number of files of each kind.
"""
import io
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")

# Of every 10 reports: kind -> how many.
MIX = [("pdf", 7), ("docx", 1), ("html", 1), ("txt", 1)]


def samples_of(kind):
    names = sorted(n for n in os.listdir(SAMPLES) if n.endswith("." + kind))
    if not names:
        sys.exit("make-bench-corpus.py: no .%s in samples/" % kind)
    return names


def kinds(n):
    """The kind of each of n reports, in a stable interleaved order."""
    slots = [kind for kind, count in MIX for _ in range(count)]
    return [slots[i % len(slots)] for i in range(n)]


def marked(kind, data, number):
    """The sample's bytes made distinct by `number`, read the same by gouji."""
    if kind == "pdf":
        return data + b"\n%% gouji-bench copy %d\n" % number
    if kind == "docx":
        out = io.BytesIO(data)
        with zipfile.ZipFile(out, "a") as archive:
            archive.comment = b"gouji-bench copy %d" % number
        return out.getvalue()
    if kind == "html":
        return data + b"\n<!-- gouji-bench copy %d -->\n" % number
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    spelled = bin(number)[2:].replace("0", " ").replace("1", "\t").encode()
    return data + (b"" if data.endswith(newline) else newline) + spelled + newline


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: make-bench-corpus.py N FOLDER")
    n, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    sources = {kind: [(name, open(os.path.join(SAMPLES, name), "rb").read()) for name in samples_of(kind)]
               for kind, _ in MIX}
    seen = {kind: 0 for kind, _ in MIX}
    width = len(str(n))
    for number, kind in enumerate(kinds(n), start=1):
        name, data = sources[kind][seen[kind] % len(sources[kind])]
        seen[kind] += 1
        with open(os.path.join(folder, "%0*d-%s" % (width, number, name)), "wb") as out:
            out.write(marked(kind, data, number))
    print(" ".join("%d %s" % (seen[kind], kind) for kind, _ in MIX))


if __name__ == "__main__":
    main()
