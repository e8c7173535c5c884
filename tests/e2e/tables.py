#!/usr/bin/env python3
"""Tables 三 and 四 in every text layout tally reads (one cell per line, rows with spaces or
tabs, Markdown pipes, digits run together), for both the 2019 and the 2021 format: the clean
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
    p = subprocess.run([tally, "check", "--format", "json", path], capture_output=True, text=True, timeout=60)
    return json.loads(p.stdout)["files"][0], text.splitlines()


with tempfile.TemporaryDirectory() as tmp:
    for year in (2019, 2021):
        g = "gen3" if year == 2021 else "gen2"
        for layout in ("lines", "rows", "tsv", "md", "flat"):
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

    # Ambiguous run-together digits are not guessed.
    # 10 0 1 0 11 run together reads as 1001011, which 1 0 0 10 11 also fits; table 四 has no
    # column relations to decide.
    t4 = [10, 0, 1, 0, 11] + [0] * 10
    text = T.report(2021, "rows", t4=t4).replace(" ".join(map(str, t4)), "".join(map(str, t4)))
    res, _ = run(text, tmp, "ambiguous.txt")
    check(any("不止一种拆分" in f["message"] for f in res["findings"]), "a row with several possible splits is reported, not guessed")

    # Blank cells: one warning for the table, and the relations over them are not evaluated.
    text = T.report(2021, "tsv").replace("5\t0\t0\t0\t0\t1\t6", "5\t\t\t0\t0\t1\t6", 1)
    res, _ = run(text, tmp, "blank.txt")
    blanks = [f for f in res["findings"] if f["rule"] == "gen3.applications.complete" and f["severity"] == "warning"]
    check(len(blanks) == 1 and "2 个" in blanks[0]["message"], "two blank cells give one warning that counts them")
    check(not [f for f in res["findings"] if f["severity"] == "error"], "no relation is failed because of a blank cell")

    # Prose against the table: the reading of 收到 the report supports is recorded.
    res, _ = run(T.report(2021, "rows", prose={"received": 76}), tmp, "received76.txt")
    reason = [c.get("reason", "") for c in res["checks"] if c["rule"] == "gen3.received.restated"]
    check(reason == ["the text states new.total + carried.total"], f"收到 = 新收 + 上年结转 is recognised ({reason})")

print(f"{failures} failed")
sys.exit(1 if failures else 0)
