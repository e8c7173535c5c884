#!/usr/bin/env python3
"""HTML, Word and Excel reports: the same tables as the text fixtures, written with row and
column spans, styled spans, &nbsp; and cells split across paragraphs. A clean report passes
every table relation; one wrong cell is reported at that cell: its line and column in the HTML
source, its table/row/column in Word, Sheet!A1 in Excel. Damaged files exit 2 with a message.
Usage: formats.py TALLY FIXTURES_DIR"""
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

tally, fixtures = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(fixtures, "tables"))
sys.path.insert(0, os.path.join(fixtures, "formats"))
import office as O  # noqa: E402
import tables as T  # noqa: E402

failures = 0


def check(cond, what):
    global failures
    print(("ok   " if cond else "FAIL ") + what)
    failures += 0 if cond else 1


def run(path, *extra):
    p = subprocess.run([tally, "check", "--format", "json", *extra, path], capture_output=True, text=True, timeout=60 * float(os.environ.get("TALLY_TEST_TIME_FACTOR", "1")))
    return p.returncode, (json.loads(p.stdout)["files"][0] if p.stdout.strip() else None), p.stderr


def t3_sheet(rows3):
    """Table 三 as a spreadsheet: label columns A–C, values D–J."""
    rows = [[O.Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan=3, rowspan=3), O.Cell("申请人情况", colspan=7)],
            [O.Cell("自然人", rowspan=2), O.Cell("法人或其他组织", colspan=5), O.Cell("总计", rowspan=2)],
            T.COLUMNS[1:6]]
    for key, label, vals in rows3:
        if vals is None:
            rows.append([label])
        else:
            rows.append([O.Cell(label, colspan=3), *vals])
    return rows


with tempfile.TemporaryDirectory() as tmp:
    for year in (2019, 2021):
        g = "gen3" if year == 2021 else "gen2"
        bad_rows = T.with_cell(year, "new", 0, 65)
        for fmt in ("html", "html-gb", "docx", "xlsx"):
            ext = fmt.split("-")[0]
            clean, bad = os.path.join(tmp, f"{year}-{fmt}.{ext}"), os.path.join(tmp, f"{year}-{fmt}-bad.{ext}")
            if ext == "html":
                charset = "gb2312" if fmt == "html-gb" else "utf-8"
                O.write_html(clean, T.official_blocks(year), charset=charset)
                O.write_html(bad, T.official_blocks(year, t3=bad_rows), charset=charset)
            elif ext == "docx":
                O.write_docx(clean, T.official_blocks(year))
                O.write_docx(bad, T.official_blocks(year, t3=bad_rows))
            else:
                O.write_xlsx(clean, {"说明": [[f"{year}年政府信息公开工作年度报告"]], "表三": t3_sheet(T.table3(year))})
                O.write_xlsx(bad, {"说明": [[f"{year}年政府信息公开工作年度报告"]], "表三": t3_sheet(bad_rows)})
            rc, res, err = run(clean)
            loud = [f["message"] for f in (res or {}).get("findings", []) if f["severity"] != "note"]
            check(rc == 0 and not loud, f"{year} {fmt}: clean file, exit 0, no error or warning (rc {rc} {err.strip()} {loud})")
            outcome = {c["rule"]: c["outcome"] for c in (res or {}).get("checks", [])}
            rules = ["applications.balance", "applications.results", "applications.applicants"]
            if ext != "xlsx":
                rules += ["appeals.review", "appeals.direct", "appeals.after_review"]
            for rule in rules:
                check(outcome.get(f"{g}.{rule}") == "passed", f"{year} {fmt}: {g}.{rule} passed ({outcome.get(f'{g}.{rule}')})")

            rc, res, err = run(bad)
            errs = [f for f in (res or {}).get("findings", []) if f["severity"] == "error"]
            check(rc == 1 and len(errs) == 1, f"{year} {fmt}: one error for one wrong cell (rc {rc}, {len(errs)})")
            if not errs:
                continue
            loc = errs[0]["location"]
            check(errs[0]["expected"] == "64", f"{year} {fmt}: the value that reconciles is 64 ({errs[0]['expected']})")
            if ext == "html":
                raw = open(bad, "rb").read().decode("gb18030" if fmt == "html-gb" else "utf-8")
                line = raw.splitlines()[loc["line"] - 1]
                got = line[loc["column"] - 1:loc["end_column"] - 1]
                check(got == "65", f"{year} {fmt}: location {loc['line']}:{loc['column']} is the cell's text in the HTML source ('{got}')")
            elif ext == "docx":
                check(loc.get("cell") == "table 2, row 4, column 4", f"{year} docx: cell is table 2, row 4, column 4 ({loc.get('cell')})")
            else:
                check(loc.get("cell") == "表三!D4", f"{year} xlsx: cell is 表三!D4 ({loc.get('cell')})")

    # Table 三 with its groups' subtotal rows written (（三）不予公开 4 … above its sub-rows), as some
    # reports add them, in HTML and Word as in the text layouts: the clean table passes the groups'
    # relations too, and one wrong sub-row cell is one error at that cell, not at its subtotal.
    for year in (2019, 2021):
        g = "gen3" if year == 2021 else "gen2"
        for fmt in ("html", "docx"):
            clean, bad = os.path.join(tmp, f"{year}-sub.{fmt}"), os.path.join(tmp, f"{year}-sub-bad.{fmt}")
            bad_rows = T.with_cells(T.table3(year, True), {("unable.nohold", 0): 16})
            write_doc = O.write_html if fmt == "html" else O.write_docx
            write_doc(clean, T.official_blocks(year, t3=T.table3(year, True)))
            write_doc(bad, T.official_blocks(year, t3=bad_rows))
            rc, res, err = run(clean)
            loud = [f["message"] for f in (res or {}).get("findings", []) if f["severity"] != "note"]
            outcome = {c["rule"]: c["outcome"] for c in (res or {}).get("checks", [])}
            groups = ["applications.refused", "applications.unable", "applications.unprocessed", "applications.results", "applications.applicants"]
            check(rc == 0 and not loud and all(outcome.get(f"{g}.{r}") == "passed" for r in groups),
                  f"{year} {fmt} with subtotal rows: clean, the groups' relations pass ({loud}, {[outcome.get(f'{g}.{r}') for r in groups]})")
            rc, res, err = run(bad)
            errs = [f for f in (res or {}).get("findings", []) if f["severity"] == "error"]
            got = [(f["actual"], f["expected"]) for f in errs]
            where = errs[0]["location"] if errs else {}
            ok = got == [("16", "15")]
            if ok and fmt == "html":
                line = open(bad, encoding="utf-8").read().splitlines()[where["line"] - 1]
                ok = line[where["column"] - 1:where["end_column"] - 1] == "16"
            check(rc == 1 and ok, f"{year} {fmt} with subtotal rows: a wrong sub-row cell is one error at it ({got}, {where})")

    # Damaged and hostile files: exit 2, a message naming the file, no crash.
    def write(name, data):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    good = open(os.path.join(tmp, "2021-docx.docx"), "rb").read()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (300 << 20))
    bomb = buf.getvalue()
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol3;共收到申请10件</w:t></w:r></w:p></w:body></w:document>')
    buf = io.BytesIO()
    O.write_docx(buf, [], document_xml=laughs)
    cases = [
        ("truncated.docx", good[: len(good) // 2], 2, "truncated"),
        ("not-a-zip.docx", b"this is not a zip file at all" * 10, 2, "not a readable Word"),
        ("bomb.docx", bomb, 2, "zip bomb"),
        ("empty.xlsx", b"", 2, "not a readable Excel"),
    ]
    for name, data, want_rc, gist in cases:
        path = write(name, data)
        rc, _, err = run(path)
        check(rc == want_rc and name in err and gist in err, f"{name}: exit {want_rc} with '{gist}' ({rc}: {err.strip()[:120]})")
    rc, res, err = run(write("laughs.docx", buf.getvalue()))
    check(rc in (0, 1) and res is not None, f"billion laughs in a .docx: entities are not expanded, the file is read (rc {rc})")
    deep = "<html><body>" + "<div>" * 200000 + "共收到申请10件，其中当面申请3件、网络申请5件、信函申请1件。" + "</div>" * 200000 + "</body></html>"
    rc, res, err = run(write("deep.html", deep.encode()))
    check(rc in (0, 1) and res is not None, f"200,000 nested <div>s are read without recursion (rc {rc})")
    hostile = '<html><body><p>共收到申请<script>alert(1)</script>10件</p><table><tr><td rowspan="99999999" colspan="99999">1</td></tr></table></body></html>'
    rc, res, err = run(write("hostile.html", hostile.encode()))
    check(rc in (0, 1) and res is not None, f"absurd row and column spans are capped (rc {rc} {err.strip()[:80]})")

    # Rows left entirely blank in a Word-exported HTML table (every cell &nbsp; or empty) are
    # rows of blank cells, not labels whose values sit on the next row.
    blank_rows = T.with_cells(T.table3(2019), {(k, c): "" for k in ("refused.law", "refused.safety", "unproc.confirm") for c in range(7)})
    blank_rows = T.with_cells(blank_rows, {("new", 2): "&nbsp;"})
    path = write("blank-rows.html", O.html_text(T.official_blocks(2019, t3=blank_rows)).replace("&amp;nbsp;", "&nbsp;").encode())
    rc, res, err = run(path)
    msgs = [f["message"] for f in res["findings"]] if res else []
    check(not any("该行只有" in m for m in msgs), f"blank HTML rows are read as rows of blank cells ({[m for m in msgs if '该行只有' in m][:1]})")
    complete = [f for f in (res["findings"] if res else []) if f["rule"] == "gen2.applications.complete"]
    # (Every one of them stands for a 0 its column's results already make up: a note.)
    check(len(complete) == 1 and complete[0]["severity"] == "note" and "22 个" in complete[0]["message"],
          f"one note for the table's blank cells, counting all 22 ({[f['message'] for f in complete]})")
    loud = [f for f in (res["findings"] if res else []) if f["severity"] == "error"]
    check(not loud, f"blank cells raise no error ({[f['message'] for f in loud]})")

    # A stray empty cell at the end of one row (a row one cell wider than the table) is not a
    # column: that row and the others are read as the table is, in Word and in HTML, and one
    # wrong cell elsewhere is still the one reported.
    for fmt in ("docx", "html"):
        for slip in (None, ("public", 6, 24)):
            rows3 = T.table3(2021) if slip is None else T.with_cells(T.table3(2021), {(slip[0], slip[1]): slip[2]})
            blocks = T.official_blocks(2021, t3=rows3)
            table3 = next(b for b in blocks if isinstance(b, O.Table) and any("本年新收" in getattr(c, "text", str(c)) for c in b.rows[3]))
            table3.rows[3].append("")  # 一、本年新收…: one cell more than its header
            path = os.path.join(tmp, f"stray-{fmt}-{bool(slip)}.{fmt}")
            if fmt == "docx":
                O.write_docx(path, blocks)
            else:
                O.write_html(path, blocks)
            rc, res, err = run(path)
            loud = [(f["rule"], f.get("actual")) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
            want = [] if slip is None else [("gen3.applications.results", "24")]
            check(loud == want, f"{fmt}: a stray empty cell at the end of a row is not a column ({loud})")

    # A workbook whose writer leaves out the cells' references (r is optional: each cell is the
    # one after the cell before it, empty ones written as <c/>): the cells keep their columns,
    # and one wrong cell is still reported at its place.
    import re

    def without_refs(src, dst):
        def row(m):
            cells, col = [], 0
            for c in re.finditer(r'<c r="([A-Z]+)\d+"(.*?)(?:/>|>(.*?)</c>)', m.group(2)):
                n = 0
                for ch in c.group(1):
                    n = n * 26 + ord(ch) - 64
                cells += ["<c/>"] * (n - col - 1)
                cells.append(f"<c{c.group(2)}>{c.group(3) or ''}</c>")
                col = n
            return f"<row{m.group(1)}>{''.join(cells)}</row>"
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.namelist():
                data = zin.read(item).decode()
                if item.startswith("xl/worksheets/"):
                    data = re.sub(r"<row( [^>]*)?>(.*?)</row>", lambda m: row(m), data)
                zout.writestr(item, data)
    for slip in (False, True):
        src, dst = os.path.join(tmp, f"refs-{slip}.xlsx"), os.path.join(tmp, f"norefs-{slip}.xlsx")
        O.write_xlsx(src, {"说明": [["2021年政府信息公开工作年度报告"]], "表三": t3_sheet(T.with_cell(2021, "new", 0, 65) if slip else T.table3(2021))})
        without_refs(src, dst)
        rc, res, err = run(dst)
        loud = [(f["rule"], f["location"].get("cell")) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
        want = [("gen3.applications.balance", "表三!D4")] if slip else []
        check([x[1] for x in loud] == [x[1] for x in want], f"xlsx without cell references: cells keep their columns ({loud})")

    # A page laid out with a table around the whole report: the outer table is the page's
    # layout, so the statistical table inside it is read by its rows, and a slipped row is
    # reported at that row.
    def laid_out(online):
        rows = [("（一）收到申请数", "件", 84), ("1.当面申请数", "件", 13), ("2.传真申请数", "件", 2), ("3.网络申请数", "件", online),
                ("4.信函申请数", "件", 11), ("（二）申请办结数", "件", 84), ("1.按时办结数", "件", 80), ("2.延期办结数", "件", 4)]
        trs = "\n".join(f"<tr><td>{a}</td><td>{u}</td><td>{v}</td></tr>" for a, u, v in rows)
        return ('<html><body><table width="980"><tr><td><a href="/">首页</a> | 政务公开</td></tr><tr><td>\n'
                "<h2>某区人民政府2013年政府信息公开工作年度报告</h2>\n<p>一、概述</p>\n<p>本年度全区政务公开工作平稳有序。</p>\n"
                "<p>二、依申请公开政府信息情况</p>\n<p>全年全区共受理政府信息公开申请84件，其中当面提交13件，通过网络提交58件，"
                "通过信函提交11件，传真2件。</p>\n<p>附件：政府信息公开情况统计表</p>\n<table border=\"1\">\n"
                f"<tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>\n{trs}\n</table>\n"
                "</td></tr><tr><td>网站标识码：1234000001</td></tr></table></body></html>\n").encode()
    rc, res, err = run(write("layout-clean.html", laid_out(58)))
    loud = [f for f in (res["findings"] if res else []) if f["severity"] in ("error", "warning")]
    check(res is not None and not loud, f"a report inside a layout table: nothing to report ({[f['message'] for f in loud]})")
    rc, res, err = run(write("layout-bad.html", laid_out(60)))
    loud = [f for f in (res["findings"] if res else []) if f["severity"] in ("error", "warning")]
    where = [(f["rule"], f["location"].get("cell")) for f in loud]
    check(where == [("gen1.applications.channels", "table 1, row 5, column 3")],
          f"a report inside a layout table: the slipped row of its statistical table is reported ({where})")

    # A text box in Word is stored twice, as a drawing (mc:Choice) and as a VML shape for older
    # readers (mc:Fallback): its note is read once, so a figure in it is not stated twice.
    def para(t):
        return f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    note = para("注：全年接听咨询电话45次。")
    box = ("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>" + note
           + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
           + note + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    body = para("某县2016年政府信息公开工作年度报告") + para("全年共受理政府信息公开申请20件，其中当面申请8件，网络申请12件。") + box
    buf = io.BytesIO()
    O.write_docx(buf, [], document_xml='<?xml version="1.0" encoding="UTF-8"?><w:document><w:body>' + body + "</w:body></w:document>")
    path = write("textbox.docx", buf.getvalue())
    out = subprocess.run([tally, "figures", path], capture_output=True, text=True, timeout=60).stdout
    calls = [l for l in out.splitlines() if "\t45次\t" in l]
    check(len(calls) == 1, f"a Word text box is read once, not again from its fallback ({calls})")

    # A sheet with blanks for 0: Excel drops empty cells, so a row whose 总计 is left empty over
    # a part (「3.要求提供公开出版物 | | 3」) ends at that part. Its missing cells are empty, as its
    # columns are kept: the part is reported against its column's and group's totals.
    for slip in (False, True):
        rows3 = [(k, lab, None if v is None else [x or None for x in v]) for k, lab, v in T.table3(2021)]
        at = next(i for i, r in enumerate(rows3) if r[0] == "unproc.publication")
        if slip:
            k, lab, v = rows3[at]
            rows3[at] = (k, lab, [None, 3] + [None] * 5)
        path = os.path.join(tmp, f"blank-total-{slip}.xlsx")
        O.write_xlsx(path, {"表三": t3_sheet(rows3)})
        rc, res, err = run(path)
        loud = [(f["rule"], f["location"].get("cell")) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
        want = [f"表三!E{at + 4}"] if slip else []
        check([x[1] for x in loud] == want, f"xlsx: a row's empty 总计 over a part is read as an empty cell ({loud})")

    # The same with table 四 below on the sheet (fifteen columns) and the last row of table 三 a
    # single part (「四、结转下年度继续办理 | | | 10」, its label over three columns): the row is read
    # to table 三's own width, its 10 under 自然人.
    for slip in (False, True):
        rows3 = [list(r) for r in T.table3(2021)]
        by = {r[0]: r for r in rows3}
        carry = by["carryover"][2]
        by["new"][2] = [a - b for a, b in zip(by["new"][2], carry)]
        by["carryover"][2] = [10 if slip else 0] + [0] * 6
        rows3 = [(k, lab, None if v is None else [x or None for x in v]) for k, lab, v in rows3]
        sheet = t3_sheet(rows3) + [[], ["表四"], T.T4_COLS * 3, T.T4_VALUES]
        path = os.path.join(tmp, f"last-row-short-{slip}.xlsx")
        O.write_xlsx(path, {"表三": sheet})
        rc, res, err = run(path)
        loud = [(f["rule"], f["location"].get("cell")) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
        want = [f"表三!D{len(rows3) + 3}"] if slip else []
        check([x[1] for x in loud] == want, f"xlsx: a short last row is read to its table's width, not the next table's ({loud})")

    # A count Excel stored as a date (「1-2」 typed into a cell: serial 44563, shown as a date by
    # the cell's number format): the cell is said to show a date, a warning at it, instead of a
    # sum over 44563.
    src = os.path.join(tmp, "dated-src.xlsx")
    O.write_xlsx(src, {"表三": t3_sheet(T.table3(2021))})
    styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
    for dated in (False, True):
        path = os.path.join(tmp, f"dated-{dated}.xlsx")
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
            for item in zin.namelist():
                data = zin.read(item).decode()
                if dated and item.startswith("xl/worksheets/"):
                    data = re.sub(r'<c r="D7"><v>[^<]*</v></c>', '<c r="D7" s="1"><v>44563</v></c>', data)
                zout.writestr(item, data)
            zout.writestr("xl/styles.xml", styles)
        rc, res, err = run(path)
        loud = [(f["severity"], f["location"].get("cell"), "日期" in f["message"]) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
        check(loud == ([("warning", "表三!D7", True)] if dated else []), f"xlsx: a count stored as a date is said to be a date ({loud})")

    # A Word report whose tables each stand in a one-cell frame (a layout table holding the
    # table's title and the table): the inner table's rows and cells are its own, so a wrong cell
    # is reported at its row and column (the frame counted as the table before it), not at the
    # frame's one cell.
    import re as _re
    frame = ("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/>"
             "<w:p><w:r><w:t>统计表</w:t></w:r></w:p>{}<w:p/></w:tc></w:tr></w:tbl>")
    for slip in (False, True):
        blocks = T.official_blocks(2021, t3=T.with_cell(2021, "new", 0, 65) if slip else T.table3(2021))
        plain = O.docx_xml(blocks)
        framed = _re.sub(r"<w:tbl>.*?</w:tbl>", lambda m: frame.format(m.group(0)), plain)
        where = []
        for name, xml in (("plain", plain), ("framed", framed)):
            buf = io.BytesIO()
            O.write_docx(buf, [], document_xml=xml)
            rc, res, err = run(write(f"frame-{name}-{slip}.docx", buf.getvalue()))
            where.append([(f["rule"], f["location"].get("cell")) for f in (res or {}).get("findings", []) if f["severity"] != "note"])
        cell = lambda w: [(r, _re.sub(r"^table \d+, ", "", c or "")) for r, c in w]
        ok = cell(where[0]) == cell(where[1]) and (len(where[1]) == 1) == slip
        check(ok, f"docx tables inside a one-cell frame keep their rows and cells ({where})")

    # A workbook whose 总计 column holds formulas (=SUM over the row) with no value stored, as a
    # program that writes formulas without calculating them leaves it: those cells are unknown,
    # not empty. Nothing is reported over them (read as blanks they were 0, or the row shifted:
    # false errors on every row with a count); one note says why, the relations not over them
    # are evaluated, and one wrong cell in the 自然人 column is still reported. With the values
    # stored, the same sheet is read as any other.
    def formula_totals(src, dst, stored):
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.namelist():
                data = zin.read(item).decode()
                if item.startswith("xl/worksheets/"):
                    data = re.sub(r'<c r="J(\d+)"><v>([^<]*)</v></c>',
                                  lambda m: m.group(0) if int(m.group(1)) < 4 else
                                  f'<c r="J{m.group(1)}"><f>SUM(D{m.group(1)}:I{m.group(1)})</f>' + (f"<v>{m.group(2)}</v>" if stored else "") + "</c>", data)
                zout.writestr(item, data)
    for stored in (False, True):
        for slip in (False, True):
            src, dst = os.path.join(tmp, f"f-{stored}-{slip}-src.xlsx"), os.path.join(tmp, f"f-{stored}-{slip}.xlsx")
            O.write_xlsx(src, {"说明": [["2021年政府信息公开工作年度报告"]], "表三": t3_sheet(T.with_cell(2021, "refused.process", 0, 2) if slip else T.table3(2021))})
            formula_totals(src, dst, stored)
            rc, res, err = run(dst)
            loud = [(f["rule"], f["location"].get("cell")) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
            outcome = {c["rule"]: c["outcome"] for c in (res or {}).get("checks", [])}
            notes = [f for f in (res or {}).get("findings", []) if "公式" in f["message"]]
            if not slip:
                check(not loud and outcome.get("gen3.applications.balance") == "passed" and outcome.get("gen3.applications.results") == "passed"
                      and outcome.get("gen3.applications.applicants") == ("passed" if stored else "skipped") and len(notes) == (0 if stored else 1),
                      f"xlsx formulas {'with' if stored else 'without'} stored values: nothing reported, relations over unknown cells skipped "
                      f"({loud}, {outcome.get('gen3.applications.applicants')}, {[f['message'] for f in notes]})")
            else:
                want = ["gen3.applications.results"]
                check([r for r, _ in loud] == want and (not stored or loud[0][1] == "表三!D15"),
                      f"xlsx formulas {'with' if stored else 'without'} stored values: a wrong 自然人 cell is reported ({loud})")

    # One report as text, HTML and Word, a paragraph a line: a total ending its sentence and the
    # kinds that make it up in the next paragraph (「…发布政务信息120条。⏎⏎具体包括…」, no 其中). The
    # sum that misses its total is reported at the kinds' paragraph in every form, the total
    # related; the text once showed it at the total, the HTML and Word files at the kinds.
    paras = ["某镇人民政府2024年政府信息公开工作年度报告", "一、主动公开政府信息情况", "本年度通过镇政府网站发布政务信息120条。", "",
             "具体包括政策文件15条，通知公告35条，工作动态58条，其他信息14条。", "二、依申请公开政府信息情况", "本年度未收到政府信息公开申请。"]
    where = {}
    txt = write("kinds-next-paragraph.txt", ("\n".join(paras) + "\n").encode())
    head = '<html><head><meta charset="utf-8"></head><body>\n'
    htm = write("kinds-next-paragraph.html", (head + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>\n").encode())
    buf = io.BytesIO()
    O.write_docx(buf, [p for p in paras if p])
    doc = write("kinds-next-paragraph.docx", buf.getvalue())
    for name, path in (("txt", txt), ("html", htm), ("docx", doc)):
        rc, res, err = run(path)
        where[name] = [(f["rule"], f["location"]["line"], f["location"].get("cell")) for f in (res or {}).get("findings", []) if f["severity"] != "note"]
    check(where["txt"] == [("breakdown.qizhong", 5, None)] and where["html"] == [("breakdown.qizhong", 6, None)]
          and where["docx"] == [("breakdown.qizhong", 4, "paragraph 4")],
          f"kinds in the paragraph after their total's: reported at the kinds in text, HTML and Word alike ({where})")

    # The prose fixtures as HTML and Word, a paragraph a line and the bar rows a table, each row's
    # cells as the bars give them: a table ending every row with an empty cell (「…| 0 | ||」, a
    # merged header's padding) is read as the text reads it, the empty cell no 总计 left blank.
    # The text's findings, by rule, are the HTML's and Word's.
    def blocks_of(lines):
        out = []
        for line in lines:
            s = line.strip()
            cells = [c.strip() for c in s.strip("|").split("|")] if "|" in s else None
            if cells and len(cells) >= 2:
                if not out or not isinstance(out[-1], O.Table):
                    out.append(O.Table([]))
                out[-1].rows.append(cells)
            else:
                out.append(line)
        return out

    def loud_rules(path):
        rc, res, err = run(path, "--fail-on", "never")
        return sorted(f["rule"] for f in (res or {}).get("findings", []) if f["severity"] in ("error", "warning"))

    # Text cut at a comma, a paragraph a line as a PDF converted to HTML or Word gives it: a
    # paragraph opening with a comma (「…网上申请9件⏎,电子邮件申请4件。」) or following one that ends
    # with a comma goes on with the one before, as the text's line does; the list keeps its last
    # item. The text's findings, by rule, are the HTML's and Word's.
    cases = [(n, "every row ending in an empty cell") for n in ("g-blank-zero-rows", "g-blank-zero-rows-error", "r-repealed-restated", "r-repealed-restated-error")]
    cases += [(n, "a paragraph a line") for n in ("comma-continued-line", "comma-continued-line-error", "single-cut-comma")]
    # (And a paragraph opening with 其中 after a sentence ending with its count, 「…申请12件。⏎其中，网上申请7件…」:
    # its list divides that count, and is shown at its own paragraph.)
    cases += [(n, "a sentence a paragraph") for n in ("zd-kinds-over-whole-below", "zd-kinds-over-whole-below-error", "x-numbered-sentence-qizhong-error")]
    for name, shape in cases:
        src = os.path.join(fixtures, "prose", name + ".txt")
        blocks = blocks_of(open(src, encoding="utf-8").read().split("\n"))
        htm, doc = os.path.join(tmp, name + ".html"), os.path.join(tmp, name + ".docx")
        O.write_html(htm, blocks, word_styling=False)
        O.write_docx(doc, [b for b in blocks if b != ""])
        want = loud_rules(src)
        got = {"html": loud_rules(htm), "docx": loud_rules(doc)}
        # (Each finding in prose at a line of the HTML holding the text's line it is at there.)
        rc, res, err = run(src, "--fail-on", "never")
        text_lines = open(src, encoding="utf-8").read().split("\n")
        want_at = sorted(text_lines[f["location"]["line"] - 1].strip() for f in (res or {}).get("findings", []) if f["severity"] in ("error", "warning"))
        rc, res, err = run(htm, "--fail-on", "never")
        html_lines = open(htm, encoding="utf-8").read().split("\n")
        got_at = sorted(html_lines[f["location"]["line"] - 1] for f in (res or {}).get("findings", []) if f["severity"] in ("error", "warning"))
        placed = len(got_at) == len(want_at) and (O.Table in map(type, blocks) or all(w in g for w, g in zip(want_at, got_at)))
        check(got["html"] == want and got["docx"] == want and placed, f"{name} as HTML and Word, {shape}: the text's findings, at its lines ({want}; {got})")

print(f"{failures} failed")
sys.exit(1 if failures else 0)
