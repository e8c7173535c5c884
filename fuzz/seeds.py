#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from the project's own fixtures and examples (written
at run time, never committed twice). Usage: seeds.py CORPUS_DIR"""
import glob
import os
import re
import shutil
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = sys.argv[1]
sys.path.insert(0, os.path.join(root, "tests", "fixtures", "tables"))
sys.path.insert(0, os.path.join(root, "tests", "fixtures", "formats"))
import office as O  # noqa: E402
import tables as T  # noqa: E402


def seed(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


texts = sorted(glob.glob(os.path.join(root, "tests", "fixtures", "rules", "*.txt"))) + sorted(glob.glob(os.path.join(root, "examples", "*.txt")))
for i, p in enumerate(texts):
    data = open(p, "rb").read()
    for target in ("fuzz_document", "fuzz_check"):
        seed(target, f"t{i}", data)
    if i % 4 == 0:
        seed("fuzz_decode", f"t{i}", data)
        seed("fuzz_decode", f"g{i}", data.decode("utf-8").encode("gb18030", "replace"))
for layout in ("flat", "tsv", "md", "lines"):
    seed("fuzz_check", f"layout-{layout}", T.report(2021, layout))
for year in (2019, 2021):
    tmp = os.path.join(out, "tmp")
    os.makedirs(tmp, exist_ok=True)
    O.write_html(os.path.join(tmp, "a.html"), T.official_blocks(year))
    O.write_docx(os.path.join(tmp, "a.docx"), T.official_blocks(year))
    O.write_xlsx(os.path.join(tmp, "a.xlsx"), {"表三": [["一、本年新收政府信息公开申请数量", 64, 0, 0, 2, 0, 4, 70]]})
    for ext in ("html", "docx", "xlsx"):
        seed(f"fuzz_{ext}", f"{year}.{ext}", open(os.path.join(tmp, f"a.{ext}"), "rb").read())
    shutil.rmtree(tmp)
for p in glob.glob(os.path.join(root, "examples", "*.html")):
    seed("fuzz_html", os.path.basename(p), open(p, "rb").read())
for p in sorted(glob.glob(os.path.join(root, "rules", "*.yaml")) + glob.glob(os.path.join(root, "tests", "fixtures", "bad", "*.yaml"))):
    text = open(p, encoding="utf-8").read()
    seed("fuzz_rules", os.path.basename(p), text)
    for k, m in enumerate(re.findall(r"expr: '([^']+)'", text)):
        seed("fuzz_expr", f"{os.path.basename(p)}-{k}", m)
# Pike against RE2: each pack pattern with a line of a prose fixture (pattern, NUL, text).
lines = []
for p in sorted(glob.glob(os.path.join(root, "tests", "fixtures", "prose", "*.txt")))[:40]:
    lines += [ln for ln in open(p, encoding="utf-8").read().splitlines() if ln.strip()][:20]
k = 0
for p in sorted(glob.glob(os.path.join(root, "rules", "*.yaml"))):
    for m in re.findall(r":\s*'((?:[^']|'')+)'", open(p, encoding="utf-8").read()):
        seed("fuzz_regex", f"{os.path.basename(p)}-{k}", m.replace("''", "'") + "\0" + lines[k % len(lines)][:120])
        k += 1
