#!/usr/bin/env python3
"""Tables 三 and 四 in every text layout tally reads (one cell per line, bare or closed by a
pipe or between pipe lines, rows with spaces or tabs, Markdown pipes, digits run together), for both the 2019 and the 2021 format: the clean
report passes every table relation, and a single wrong cell is reported at that cell with the
value that reconciles it. Usage: tables.py TALLY FIXTURES_DIR"""
import json
import os
import subprocess
import sys
import tempfile

tally, fixtures = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(fixtures, "tables"))
import tables as T  # noqa: E402

failures = 0


def check(cond, what):
    global failures
    print(("ok   " if cond else "FAIL ") + what)
    failures += 0 if cond else 1


def run(text, tmp, name):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    p = subprocess.run([tally, "check", "--format", "json", path], capture_output=True, text=True, timeout=60 * float(os.environ.get("TALLY_TEST_TIME_FACTOR", "1")))
    return json.loads(p.stdout)["files"][0], text.splitlines()


with tempfile.TemporaryDirectory() as tmp:
    for year in (2019, 2021):
        g = "gen3" if year == 2021 else "gen2"
        for layout in ("lines", "rows", "tsv", "md", "flat", "piped", "between"):
            res, _ = run(T.report(year, layout), tmp, f"{year}-{layout}.txt")
            loud = [f for f in res["findings"] if f["severity"] != "note"]
            check(not loud, f"{year} {layout}: clean report has no error or warning {[f['message'] for f in loud]}")
            outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
            for rule in ("applications.balance", "applications.results", "applications.applicants", "appeals.review",
                         "appeals.direct", "appeals.after_review"):
                check(outcome.get(f"{g}.{rule}") == "passed", f"{year} {layout}: {g}.{rule} evaluated and passed ({outcome.get(f'{g}.{rule}')})")
            check(g + "-" + str(year) in " ".join(res["packs"]), f"{year} {layout}: the {g} pack was chosen ({res['packs']})")

            if layout == "flat":
                notes = [f for f in res["findings"] if "连在一起" in f["message"]]
                check(bool(notes), f"{year} flat: a note says rows were rebuilt from run-together digits")
                continue
            # One application counted twice in 自然人 of 本年新收: blamed at that cell, 64 expected.
            text = T.report(year, layout, t3=T.with_cell(year, "new", 0, 65))
            res, lines = run(text, tmp, f"{year}-{layout}-bad.txt")
            errs = [f for f in res["findings"] if f["severity"] == "error"]
            check(len(errs) == 1, f"{year} {layout}: one error for one wrong cell (got {len(errs)})")
            if errs:
                loc = errs[0]["location"]
                cell = lines[loc["line"] - 1][loc["column"] - 1:loc["end_column"] - 1]
                check(cell == "65" and errs[0]["expected"] == "64",
                      f"{year} {layout}: points at the wrong cell ({loc['line']}:{loc['column']} '{cell}') and suggests 64 ({errs[0]['expected']})")

    # A table that writes 「—」 for none: a relation no single cell explains (a sub-row counted
    # once more in 社会公益组织 and in 总计 breaks the results of two columns) states both of its sides
    # with the dashes read as 0, as the relation was evaluated, not 「?」.
    import re
    rows = T.with_cells(T.table3(2021), {("refused.secret", 3): 1, ("refused.secret", 6): 2})
    text = re.sub(r"(?<= )0(?= |$)", "—", T.report(2021, "rows", t3=rows), flags=re.M)
    res, _ = run(text, tmp, "dashes-two-columns.txt")
    errs = [f for f in res["findings"] if f["severity"] == "error"]
    check(len(errs) == 2 and all("相差 -1" in f["message"] and "?" not in f["message"] for f in errs),
          f"dashes read as 0 are shown as 0 in a relation's sides ({[f['message'] for f in errs]})")

    # Ambiguous run-together digits are not guessed.
    # 10 0 1 0 11 run together reads as 1001011, which 1 0 0 10 11 also fits; table 四 has no
    # column relations to decide.
    t4 = [10, 0, 1, 0, 11] + [0] * 10
    text = T.report(2021, "rows", t4=t4).replace(" ".join(map(str, t4)), "".join(map(str, t4)))
    res, _ = run(text, tmp, "ambiguous.txt")
    check(any("不止一种拆分" in f["message"] for f in res["findings"]), "a row with several possible splits is reported, not guessed")

    # A label the pack does not spell out completely, glued to its run of digits.
    text = T.report(2021, "flat").replace("不计其他情形）", "不计入其他情形）")
    res, _ = run(text, tmp, "variant.txt")
    outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
    check(outcome.get("gen3.applications.results") == "passed", f"a label remnant glued to the digits does not hide the row ({outcome.get('gen3.applications.results')})")

    # Blank cells the written figures already make 0 (上年结转 5 _ _ 0 0 1 6: 5 + 1 reach the total
    # 6, and counts are never negative): one note for the table, and every relation is evaluated
    # with them as 0.
    text = T.report(2021, "tsv").replace("5\t0\t0\t0\t0\t1\t6", "5\t\t\t0\t0\t1\t6", 1)
    res, _ = run(text, tmp, "blank.txt")
    complete = [f for f in res["findings"] if f["rule"] == "gen3.applications.complete"]
    check(len(complete) == 1 and complete[0]["severity"] == "note" and "2 个" in complete[0]["message"],
          f"two blank cells that can only be 0 give one note that counts them ({[f['message'] for f in complete]})")
    outcome = {c["rule"]: (c["outcome"], c.get("reason", "")) for c in res["checks"]}
    check(outcome.get("gen3.applications.balance") == ("passed", ""), f"the relations over them are evaluated ({outcome.get('gen3.applications.balance')})")
    # The same with a slip elsewhere in a column through a blank: still caught, at the slip.
    rows = T.with_cells(T.table3(2021), {("carryover", 1): 1, ("carryover", 6): 10})
    text = T.report(2021, "tsv", t3=rows).replace("5\t0\t0\t0\t0\t1\t6", "5\t\t\t0\t0\t1\t6", 1)
    res, lines = run(text, tmp, "blank-slip.txt")
    errs = [f for f in res["findings"] if f["severity"] == "error"]
    check(any(f["rule"] == "gen3.applications.balance" and "「商业企业」列" in f["message"] for f in errs),
          f"a slip in a column through a blank read as 0 is reported ({[f['message'] for f in errs]})")
    # Blanks no relation determines (上年结转 _ _ 0 0 0 1 6: the written cells fall short of the
    # total, and 自然人's column has its own blank 结转下年度): one warning for the table, and
    # the relations over them are not evaluated.
    text = T.report(2021, "tsv").replace("5\t0\t0\t0\t0\t1\t6", "\t\t0\t0\t0\t1\t6", 1).replace("8\t0\t0\t0\t0\t1\t9", "\t0\t0\t0\t0\t1\t9", 1)
    res, _ = run(text, tmp, "blank-open.txt")
    blanks = [f for f in res["findings"] if f["rule"] == "gen3.applications.complete" and f["severity"] == "warning"]
    check(len(blanks) == 1 and "2 个" in blanks[0]["message"] and "另有 1 个" in blanks[0]["message"],
          f"two undetermined blank cells give one warning that counts them, and the one forced to 0 apart ({[f['message'] for f in blanks]})")
    check(not [f for f in res["findings"] if f["severity"] == "error"], "no relation is failed because of a blank cell")

    # Prose against the table: the reading of 收到 the report supports is recorded.
    res, _ = run(T.report(2021, "rows", prose={"received": 76}), tmp, "received76.txt")
    reason = [c.get("reason", "") for c in res["checks"] if c["rule"] == "gen3.received.restated"]
    check(reason == ["the text states new.total + carried.total"], f"收到 = 新收 + 上年结转 is recognised ({reason})")

    # A page or excerpt that stops inside table 三: one note names the rows not found after the
    # last one read; nothing is an error or a warning. The whole report has no such note.
    for year, layout in ((2021, "rows"), (2019, "piped")):
        full = T.report(year, layout)
        lines = full.splitlines()
        at = next(i for i, line in enumerate(lines) if "危及" in line)
        res, _ = run("\n".join(lines[: at + 1]) + "\n", tmp, f"cut-{year}.txt")
        cut = [f for f in res["findings"] if "中断" in f["message"]]
        loud = [f for f in res["findings"] if f["severity"] != "note"]
        check(len(cut) == 1 and cut[0]["severity"] == "note" and "保护第三方合法权益" in cut[0]["message"] and not loud,
              f"{year} {layout} cut after 危及…: one note names the rows not found, no error or warning ({[f['message'] for f in res['findings']]})")
        res, _ = run(full, tmp, f"uncut-{year}.txt")
        check(not [f for f in res["findings"] if "中断" in f["message"]], f"{year} {layout}: the whole table gives no note of a cut")

    # Table 三 copied from a PDF that drops the empty cells of a table writing no 0 (「一、本年新收…
    # 64 2 4 70」): only each row's 总计 can be placed. One wrong 总计 (1.本机关不掌握… 15 1 1 18)
    # breaks its row and the 总计 column's （七）, by the same slip: one error, at 18, which names
    # both; the corrected table has none.
    # The same with the counts one a line (「1.本机关不掌握…⏎15⏎1⏎1⏎18」): the wrong 总计 is reported
    # at its line; a wrong count among the others (15 → 16 over its right 17) is only noted, its
    # line standing for no column that can be named.
    def dropped(rows, layout):
        lines = T.report(2021, layout, t3=rows).splitlines()
        a, b = lines.index("三、收到和处理政府信息公开申请情况"), lines.index("四、政府信息公开行政复议、行政诉讼情况")
        for i in range(a, b):
            lines[i] = " ".join(w for w in lines[i].split(" ") if w != "0")
        return "\n".join(line for line in lines if line) + "\n"
    for layout in ("rows", "lines"):
        for slip in (None, ("unable.nohold", 6, 18), ("unable.nohold", 0, 16)):
            rows = T.with_cell(2021, *slip) if slip else T.table3(2021)
            res, lines = run(dropped(rows, layout), tmp, f"dropped-{layout}-{bool(slip)}.txt")
            loud = [f for f in res["findings"] if f["severity"] != "note"]
            got = [(lines[f["location"]["line"] - 1][f["location"]["column"] - 1:f["location"]["end_column"] - 1], f["expected"]) for f in loud]
            if slip is None or slip[1] == 6:
                check(got == ([("18", "17")] if slip else []) and (not slip or "（七）总计" in loud[0]["message"]),
                      f"zeros dropped from a PDF's {layout}: {'one wrong 总计 is one error at it' if slip else 'nothing reported'} ({[f['message'] for f in loud]})")
            elif layout == "lines":
                noted = [f for f in res["findings"] if "16+1+1" in f["message"]]
                check(not loud and len(noted) == 1, f"zeros dropped, counts one a line: a wrong part is noted, not blamed on the 总计's line ({got})")
    # The same in rows of a line: a wrong count among the others (16 over its right 17, the 总计
    # column bearing the 17 out) is an error on the row's line, at those counts, with no value to
    # put in (their columns are lost), not at the 17 with 18; a row left with one count (「2.其他法律
    # 行政法规禁止公开 1」: 1 in whichever column, the row cannot make its 总计) that breaks the 总计
    # column's （七） as its 总计 is an error at that count, not at （七）; and a sub-row wrong in its
    # 总计 and in a lost count both (16 1 1 18 under a right （四） 22, with subtotals written) is
    # not blamed on （四） nor on （七）: any sub-row may hold it, so it is only noted. With
    # subtotals written, the clean table passes and a wrong 总计 alone is still found at it.
    def cell_of(f, lines):
        loc = f["location"]
        return lines[loc["line"] - 1][loc["column"] - 1:loc["end_column"] - 1], loc["line"]
    for name, rows, want in (
            ("part", T.with_cell(2021, "unable.nohold", 0, 16), [("16 1 1", "1.本机关不掌握", "")]),
            ("lone", T.with_cell(2021, "refused.law", 6, 1), [("1", "2.其他法律行政法规禁止公开", "")]),
            ("sub-clean", T.table3(2021, True), []),
            ("sub-row", T.with_cells(T.table3(2021, True), {("unable.nohold", 0): 16, ("unable.nohold", 6): 18}), []),
            ("sub-total", T.with_cells(T.table3(2021, True), {("unable.nohold", 6): 18}), [("18", "1.本机关不掌握", "17")])):
        res, lines = run(dropped(rows, "rows"), tmp, f"dropped-rows-{name}.txt")
        loud = [f for f in res["findings"] if f["severity"] != "note"]
        got = []
        for f in loud:
            cell, line = cell_of(f, lines)
            got.append((cell, lines[line - 1], f["expected"]))
        ok = len(got) == len(want) and all(g[0] == w[0] and w[1] in g[1] and g[2] == w[2] for g, w in zip(got, want))
        check(ok, f"zeros dropped from a PDF's rows ({name}): {want or 'nothing reported'} ({got})")
    # Rows of a line left with one count each (a table filling only its 总计 column, the empty cells
    # dropped: 「一、本年新收… 70」): whichever column the count stood in it is the row's whole, and
    # read so where the whole column's relations hold with them there (新收 + 结转 = 总计 + 结转下年度);
    # where one does not, the counts could be digits run together: declined (the rows unread,
    # nothing blamed on a guess).
    def totals_only(rows):
        lines = T.report(2021, "rows", t3=rows).splitlines()
        a, b = lines.index("三、收到和处理政府信息公开申请情况"), lines.index("四、政府信息公开行政复议、行政诉讼情况")
        for i in range(a, b):
            words = lines[i].split(" ")
            nums = [w for w in words if w.isdigit()]
            if len(nums) == 7:
                lines[i] = " ".join([w for w in words if not w.isdigit()] + ([nums[-1]] if nums[-1] != "0" else []))
        return "\n".join(lines) + "\n"
    for slip in (False, True):
        rows = T.with_cells(T.table3(2021), {("carryover", 0): 9, ("carryover", 6): 10}) if slip else T.table3(2021)
        res, lines = run(totals_only(rows), tmp, f"totals-only-{slip}.txt")
        loud = [f["message"] for f in res["findings"] if f["severity"] != "note"]
        outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
        unread = [f for f in res["findings"] if "未核对" in f["message"] and "一、本年新收" in f["message"] and "连在一起" in f["message"]]
        want = (not loud and bool(unread)) if slip else (not loud and not unread and outcome.get("gen3.applications.balance") == "passed")
        check(want, f"zeros dropped, one count a row: {'declined where a relation fails' if slip else 'read as the whole where the relations hold'} "
                    f"({loud}, {len(unread)}, {outcome.get('gen3.applications.balance')})")
    # … and a page's bare number after such a row (「4.保护第三方合法权益⏎2⏎2⏎12」) is not its 总计:
    # the row is read as 2 2, nothing is reported, and no row is left unread.
    for page in ("3", "12"):
        text = dropped(T.table3(2021), "lines").replace("4.保护第三方合法权益\n2\n2\n", f"4.保护第三方合法权益\n2\n2\n{page}\n", 1)
        res, lines = run(text, tmp, "dropped-page.txt")
        loud = [f["message"] for f in res["findings"] if f["severity"] != "note"]
        unread = [f["message"] for f in res["findings"] if "未核对" in f["message"] and "保护第三方" in f["message"]]
        check(f"\n2\n{page}\n" in text and not loud and not unread,
              f"zeros dropped, counts one a line: a page number {page} after a row is not its 总计 ({loud}, {unread})")

    # A page's bare number left between two rows where a PDF's page broke table 三 (「3.危及… 0 0 0
    # 0 0 0 0」, then 「3」 alone, then 「4.保护第三方合法权益…」), in rows of a line and one count a
    # line: not a cell of the row above, which is read as the others are; the clean table passes
    # every relation, and one wrong cell in the row after the break is reported at that cell.
    for layout in ("rows", "lines"):
        for slip in (False, True):
            rows = T.with_cell(2021, "refused.third", 0, 3) if slip else T.table3(2021)
            lines = T.report(2021, layout, t3=rows).splitlines()
            at = next(i for i, line in enumerate(lines) if "危及" in line) + (7 if layout == "lines" else 0)
            text = "\n".join(lines[:at + 1] + ["3"] + lines[at + 1:]) + "\n"
            res, lines = run(text, tmp, f"page-number-{layout}-{slip}.txt")
            loud = [f for f in res["findings"] if f["severity"] != "note"]
            outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
            got = [(lines[f["location"]["line"] - 1][f["location"]["column"] - 1:f["location"]["end_column"] - 1], f["expected"]) for f in loud]
            want_ok = got == [("3", "2")] and loud[0]["location"]["line"] == at + (4 if layout == "lines" else 3) if slip else not loud and outcome.get("gen3.applications.results") == "passed"
            check(want_ok, f"{layout}: a page's bare number between rows is not a cell ({got}, {outcome.get('gen3.applications.results')})")

    # A count a page break cut in two, in rows of a line, its digits on both sides of the line
    # break with no space (「…本机关不掌握相关政府信息 15 0 0 1 0 1 1⏎7」, 「一、本年新收… 6⏎4 0 0 2 0 4
    # 70」): one count, as the row's relation says, not a cell and a page's number (nor a row of
    # eight numbers). The clean table passes; a wrong cell in another row is reported at it.
    # (And a year the page broke after a row, 「…（七）总计 61 0 0 2 0 4 67⏎2⏎021年度…」 as a running head
    # cut so gives it: the 2 is no cell of the row.)
    for cut in ("end", "start", "year"):
        for slip in (False, True):
            rows = T.with_cell(2021, "public", 0, 21) if slip else T.table3(2021)
            text = T.report(2021, "rows", t3=rows)
            if cut == "end":
                cutted = text.replace("1.本机关不掌握相关政府信息 15 0 0 1 0 1 17\n", "1.本机关不掌握相关政府信息 15 0 0 1 0 1 1\n7\n", 1)
            elif cut == "year":
                cutted = text.replace("（七）总计 61 0 0 2 0 4 67\n", "（七）总计 61 0 0 2 0 4 67\n2\n021年度政府信息公开工作年度报告\n", 1)
            else:
                cutted = text.replace("一、本年新收政府信息公开申请数量 64 0 0 2 0 4 70\n", "一、本年新收政府信息公开申请数量 6\n4 0 0 2 0 4 70\n", 1)
            res, lines = run(cutted, tmp, f"cut-number-{cut}-{slip}.txt")
            loud = [f for f in res["findings"] if f["severity"] != "note"]
            outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
            got = [(lines[f["location"]["line"] - 1][f["location"]["column"] - 1:f["location"]["end_column"] - 1], f["expected"]) for f in loud]
            unread = [f for f in res["findings"] if "无法对应" in f["message"]]
            want_ok = got == [("21", "20")] if slip else not loud and outcome.get("gen3.applications.results") == "passed"
            check(cutted != text and want_ok and not unread,
                  f"{cut}: a count cut in two by a line break is read as one ({got}, {outcome.get('gen3.applications.results')})")

    # A page broken inside a wrapped label (a tall row split over two pages, one cell a line): its
    # bare number stands between the label's two parts, 「（二）部分公开（区分处理的，只计这一情形，⏎
    # 3⏎不计其他情形）⏎6⏎0…」, and the label's line is read on into it. Not a count: the row is
    # read, the clean table passes, and a wrong cell elsewhere is reported at it, not at its row's
    # 总计 (with （二） unread the columns' relations went unchecked).
    for slip in (False, True):
        rows = T.with_cell(2019, "unable.nohold", 1, 1) if slip else T.table3(2019)
        text = T.report(2019, "lines", t3=rows).replace("（区分处理的，只计这一情形，不计其他情形）\n", "（区分处理的，只计这一情形，\n3\n不计其他情形）\n", 1)
        res, lines = run(text, tmp, f"page-in-label-{slip}.txt")
        loud = [f for f in res["findings"] if f["severity"] != "note"]
        unread = [f["message"] for f in res["findings"] if "部分公开" in f["message"] and "未核对" in f["message"]]
        got = [(f["location"]["line"], f["actual"], f["expected"]) for f in loud]
        want = [(lines.index("1.本机关不掌握相关政府信息") + 3, "1", "0")] if slip else []
        check("\n3\n不计" in text and got == want and not unread, f"a page's number inside a wrapped label is not a count ({got}, {unread})")

    # Table 三 as a PDF's text may give it, each row's counts before its label (「64 0 0 2 0 4 70
    # 一、本年新收…」, or one count a line then the label): read after each label, every row took the
    # next row's counts (six false errors). Read before their labels: the clean table passes, with
    # a note; one wrong cell is reported at it.
    def counts_first(text, how):
        lines, out = text.splitlines(), []
        a, b = lines.index("三、收到和处理政府信息公开申请情况"), lines.index("四、政府信息公开行政复议、行政诉讼情况")
        sep = "\t" if how == "tabs" else " "
        for i, line in enumerate(lines):
            m = re.match(r"^(.*?[^\d\s])((?:[ \t]\d+){7})$", line) if a < i < b else None
            out += ([*m.group(2).split(), m.group(1)] if how == "lines" else [sep.join(m.group(2).split()) + sep + m.group(1)]) if m else [line]
        return "\n".join(out) + "\n"
    for how in ("rows", "lines", "tabs"):
        for slip in (None, ("unable.create", 0, 4), ("new", 0, 65)):
            rows = T.with_cell(2021, *slip) if slip else T.table3(2021)
            res, lines = run(counts_first(T.report(2021, "tsv" if how == "tabs" else "rows", t3=rows), how), tmp, f"counts-first-{how}-{bool(slip)}.txt")
            loud = [f for f in res["findings"] if f["severity"] != "note"]
            got = [(lines[f["location"]["line"] - 1][f["location"]["column"] - 1:f["location"]["end_column"] - 1], f["expected"]) for f in loud]
            outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
            noted = any("标签之前" in f["message"] for f in res["findings"])
            ok = got == [(str(slip[2]), str(slip[2] - 1))] if slip else not loud and outcome.get("gen3.applications.balance") == "passed"
            check(ok and noted, f"counts before their labels ({how}): {'the wrong cell is reported' if slip else 'the table passes'} ({got}, {noted})")

    # tally rollup: a consolidated report against the sum of two children, cell by cell.
    def scaled(rows, k):
        return [(key, label, None if v is None else [k * x for x in v]) for key, label, v in rows]
    child = T.report(2021, "rows")
    doubled_t2 = [(item, head, [(lab, [2 * float(x) if isinstance(x, str) else 2 * x for x in vals]) for lab, vals in rows])
                  for item, head, rows in T.T2_2021]
    parent = T.report(2021, "rows", t3=scaled(T.table3(2021), 2), t4=[2 * x for x in T.T4_VALUES], t2=doubled_t2)
    paths = []
    for name, text in (("parent.txt", parent), ("child1.txt", child), ("child2.txt", child),
                       ("parent-bad.txt", parent.replace("128 0 0 4 0 8 140", "129 0 0 4 0 8 141", 1))):
        paths.append(os.path.join(tmp, name))
        with open(paths[-1], "w", encoding="utf-8") as f:
            f.write(text)

    def rollup(*args):
        p = subprocess.run([tally, "rollup", "--format", "json", *args], capture_output=True, text=True, timeout=60 * float(os.environ.get("TALLY_TEST_TIME_FACTOR", "1")))
        return p.returncode, json.loads(p.stdout)["files"][0]

    rc, res = rollup(paths[0], paths[1], paths[2])
    check(rc == 0 and not res["findings"] and all(c["outcome"] == "passed" for c in res["checks"]),
          f"rollup: parent equals the sum of its children (rc {rc}, {[c['outcome'] for c in res['checks']]})")
    rc, res = rollup(paths[3], paths[1], paths[2])
    got = sorted((f["location"]["line"], f["actual"], f["expected"]) for f in res["findings"])
    check(rc == 1 and [(g[1], g[2]) for g in got] == [("129", "128"), ("141", "140")],
          f"rollup: the two cells that differ from the children's sum are reported ({got})")
    # A child whose blanks its own rows make 0 (上年结转 5 _ _ _ _ 1 6): the cells are compared
    # with them as 0, and a parent cell over them that is not the sum is still reported.
    holed = child.replace("二、上年结转政府信息公开申请数量 5 0 0 0 0 1 6", "二、上年结转政府信息公开申请数量 5 | | | | 1 6", 1)
    holed = holed.replace("二、上年结转政府信息公开申请数量 5 | | | | 1 6", "二、上年结转政府信息公开申请数量 | 5 | | | | | 1 | 6 |", 1)
    check(holed != child, "rollup: the child's 上年结转 row was given blanks")
    paths.append(os.path.join(tmp, "child-holed.txt"))
    with open(paths[-1], "w", encoding="utf-8") as f:
        f.write(holed)
    rc, res = rollup(paths[0], paths[1], paths[4])
    check(rc == 0 and not res["findings"] and all(c["outcome"] == "passed" and not c.get("reason") for c in res["checks"]),
          f"rollup: a child's blanks that can only be 0 are compared as 0 ({[(c['outcome'], c.get('reason')) for c in res['checks']]})")
    bad = parent.replace("二、上年结转政府信息公开申请数量 10 0 0 0 0 2 12", "二、上年结转政府信息公开申请数量 10 1 0 0 0 2 13", 1)
    paths.append(os.path.join(tmp, "parent-bad2.txt"))
    with open(paths[-1], "w", encoding="utf-8") as f:
        f.write(bad)
    rc, res = rollup(paths[5], paths[1], paths[4])
    got = sorted((f["actual"], f["expected"]) for f in res["findings"])
    check(bad != parent and rc == 1 and got == [("1", "0"), ("13", "12")], f"rollup: a parent cell over a child's blank 0 that differs is reported ({got})")
    rc, res = rollup(paths[0], paths[1], os.path.join(fixtures, "rules", "outline.numbering.pass.txt"))
    check(all(c["outcome"] == "skipped" for c in res["checks"]), "rollup: a child without the tables makes the comparison not evaluated")

    # A text that ends on table 四 whose last cases are left blank (「… | 1 | 3 |  |  |  |  |  |」
    # then nothing): the last number is closed by its separator, so it was copied whole and is
    # checked (a wrong total is reported there); one that ends inside the number itself, with no
    # separator after it, is still not read.
    for year in (2019, 2021):
        g = "gen3" if year == 2021 else "gen2"
        for layout in ("md", "piped", "tsv"):
            for direct_total, want in ((2, None), (3, "2")):
                t4 = [1, 1, "", "", 2, 1, "", "", 1, direct_total, "", "", "", "", ""]  # no 0 written: blanks are 0
                text = T.report(year, layout, t4=t4).split("五、存在的主要问题")[0]
                res, lines = run(text, tmp, f"t4-blank-tail-{year}-{layout}-{direct_total}.txt")
                loud = [f for f in res["findings"] if f["severity"] != "note"]
                outcome = {c["rule"]: c["outcome"] for c in res["checks"]}
                if want is None:
                    check(not loud and outcome.get(f"{g}.appeals.direct") == "passed",
                          f"{year} {layout}: table 四 ending the text with blank cells after its last number is read whole "
                          f"({[f['message'] for f in loud]}, {outcome.get(f'{g}.appeals.direct')})")
                else:
                    got = [(lines[f["location"]["line"] - 1][f["location"]["column"] - 1:f["location"]["end_column"] - 1], f["expected"])
                           for f in loud]
                    check(got == [("3", want)], f"{year} {layout}: a wrong last number before blank cells at the end of the text is reported ({got})")
        text = T.report(year, "md", t4=[1, 1, 0, 0, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]).split("五、存在的主要问题")[0].rstrip().rstrip("|").rstrip()
        res, _ = run(text + "\n", tmp, f"t4-cut-{year}.txt")
        cut = [f for f in res["findings"] if "正是文本的结尾" in f["message"]]
        check(len(cut) == 1 and not [f for f in res["findings"] if f["severity"] != "note"],
              f"{year}: table 四 whose text stops right after a number with no separator still gets the note of a cut ({[f['message'] for f in res['findings']]})")

print(f"{failures} failed")
sys.exit(1 if failures else 0)
