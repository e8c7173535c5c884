#!/usr/bin/env python3
"""Writes a Word-exported-looking HTML report of about the given size (default 350 KB): the
2021 tables with styled spans in every cell, padded with styled prose paragraphs, as reports
saved from Word to HTML are. Usage: make_html.py OUT [KB]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "fixtures", "tables"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "fixtures", "formats"))
import office as O  # noqa: E402
import tables as T  # noqa: E402

out, kb = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 350
blocks = T.official_blocks(2021)
text = O.html_text(blocks)
filler = ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
          '<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">'
          '全年在政府门户网站发布政务信息{n}条，其中政策文件{m}件、工作动态{k}条。</span>'
          '<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>\n')
parts, n = [], 0
while len(text.encode()) + sum(len(p.encode()) for p in parts) < kb * 1024:
    n += 1
    parts.append(filler.format(n=1000 + n, m=n, k=1000 + n - n))
head, tail = text.split("<body>", 1)
with open(out, "w", encoding="utf-8") as f:
    f.write(head + "<body>" + "".join(parts) + tail)
