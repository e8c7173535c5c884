#!/usr/bin/env python3
"""End-to-end runs of the tally binary: output contract, exit codes, bad input, encodings.

Usage: cli.py TALLY FIXTURES_DIR
"""
import atexit, hashlib, json, os, shutil, subprocess, sys, tempfile

tally, fixtures = sys.argv[1], sys.argv[2]
bad = os.path.join(fixtures, "bad")
rules_dir = os.path.join(fixtures, "rules")
results = []


# Timeouts are hang guards, not speed claims; sanitized builds run several times slower.
FACTOR = float(os.environ.get("TALLY_TEST_TIME_FACTOR", "1"))


def run(*args, timeout=30):
    return subprocess.run([tally, *args], capture_output=True, timeout=timeout * FACTOR)


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except AssertionError as e:
            results.append((name, str(e) or "assertion failed"))
        except Exception as e:  # a crash or a timeout is a failure too
            results.append((name, f"{type(e).__name__}: {e}"))
        return fn
    return wrap


def expect(cond, msg):
    if not cond:
        raise AssertionError(msg)


tmp = tempfile.mkdtemp()
atexit.register(shutil.rmtree, tmp, ignore_errors=True)
SAMPLE = os.path.join(rules_dir, "shares.match-count.fail.txt")


@case("json contract and exit 1 on an error")
def _():
    p = run("check", "--format", "json", SAMPLE)
    expect(p.returncode == 1, f"exit {p.returncode}")
    d = json.loads(p.stdout)
    expect(d["tool"]["name"] == "tally" and d["tool"]["version"], "tool block")
    f = d["files"][0]
    for k in ("path", "encoding", "packs", "summary", "findings"):
        expect(k in f, f"missing {k}")
    for k in ("figures", "checks", "passed", "failed", "skipped"):
        expect(isinstance(f["summary"][k], int), f"summary.{k}")
    err = [x for x in f["findings"] if x["rule"] == "shares.match-count"][0]
    expect(err["location"]["line"] == 6, f"line {err['location']}")
    text = open(SAMPLE, encoding="utf-8").read().splitlines()[5]
    col = err["location"]["column"]
    expect(text[col - 1:err["location"]["end_column"] - 1] == "4", "span points at the share")
    expect(err["expected"] == "1" and err["actual"] == "4", f"{err['expected']} {err['actual']}")
    expect(err["related"], "related figures")


@case("shares whose whole is not stated: the figure most of them fit is the whole")
def _():
    # 答复805件 is the whole: 265 and 158 fit it exactly, 35 by truncation; 258 is 32.0%, not 33.9%.
    body = ("某市政府信息公开工作年度报告\n一、总体情况\n共受理政府信息公开申请859件；答复申请805件（含上年度结转申请18件，另有72件结转下年度）。"
            "予以公开及部分公开{a}件，占33.9%；不予公开35件，占4.34%；无法提供265件，占32.9%；不予处理158件，占19.6%。\n")
    bad, good = os.path.join(tmp, "consensus-bad.txt"), os.path.join(tmp, "consensus-good.txt")
    open(bad, "w", encoding="utf-8").write(body.format(a=258))
    open(good, "w", encoding="utf-8").write(body.format(a=273))
    d = json.loads(run("check", "--format", "json", bad).stdout)["files"][0]
    errs = [f for f in d["findings"] if f["rule"] == "shares.match-count" and f["severity"] == "error"]
    expect(len(errs) == 1 and errs[0]["actual"] == "33.9" and errs[0]["expected"] == "32.0", f"{[(f['actual'], f['expected']) for f in errs]}")
    d = json.loads(run("check", "--format", "json", good).stdout)["files"][0]
    loud = [f for f in d["findings"] if f["severity"] != "note"]
    expect(not loud, f"corrected twin: {[f['message'] for f in loud]}")
    expect(any(c["rule"] == "shares.match-count" and c["outcome"] == "passed" for c in d["checks"]), "evaluated and passed")


@case("text format: path:line:col and underline")
def _():
    p = run("check", SAMPLE)
    out = p.stdout.decode()
    expect(f"{SAMPLE}:6:" in out and "error:" in out and "[shares.match-count]" in out, out[:300])
    expect("^" in out, "caret line")
    expect("\x1b[" not in out, "no colour when not a terminal")


@case("--fail-on never and warning")
def _():
    expect(run("check", "--fail-on", "never", SAMPLE).returncode == 0, "never")
    w = os.path.join(rules_dir, "outline.numbering.fail.txt")
    expect(run("check", w).returncode == 0, "warning below default threshold")
    expect(run("check", "--fail-on", "warning", w).returncode == 1, "warning gate")


@case("clean file exits 0")
def _():
    expect(run("check", os.path.join(rules_dir, "shares.match-count.pass.txt")).returncode == 0, "exit")


@case("missing path: exit 2 with a message")
def _():
    p = run("check", os.path.join(tmp, "nope.txt"))
    expect(p.returncode == 2 and b"no such file" in p.stderr, p.stderr)


@case("other inputs are still checked when one is unreadable")
def _():
    p = run("check", "--format", "json", os.path.join(tmp, "nope.txt"), SAMPLE)
    expect(p.returncode == 2, "exit 2")
    d = json.loads(p.stdout)
    expect(len(d["files"]) == 2 and d["files"][1]["findings"], "second file checked")


@case("binary junk and an empty file are refused with a message, the JSON still written")
def _():
    junk = os.path.join(tmp, "junk.txt")
    with open(junk, "wb") as fh:
        fh.write(bytes((i * 7919 + 13) % 256 for i in range(200000)))
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "wb").close()
    for path, gist in ((junk, "does not look like a text report"), (empty, "empty")):
        p = run("check", "--format", "json", path)
        expect(p.returncode == 2 and gist in p.stderr.decode(), f"{path}: exit {p.returncode} {p.stderr[:200]}")
        expect(json.loads(p.stdout)["files"][0]["error"]["message"], "the error is in the JSON")


@case("invalid UTF-8 is replaced and reported once with its position")
def _():
    path = os.path.join(tmp, "invalid.txt")
    body = open(SAMPLE, "rb").read()
    with open(path, "wb") as fh:
        fh.write(body[:20] + b"\xff\xfe\xff" + body[20:])
    d = json.loads(run("check", "--format", "json", path).stdout)
    notes = [f for f in d["files"][0]["findings"] if f["rule"] == "input.encoding"]
    expect(len(notes) == 1 and notes[0]["severity"] == "note", str(notes))
    expect(any(f["rule"] == "shares.match-count" for f in d["files"][0]["findings"]), "rest still checked")


@case("a line over the limit: exit 2, message names the line")
def _():
    path = os.path.join(tmp, "longline.txt")
    with open(path, "w") as fh:
        fh.write("标题\n" + "数" * 1_200_000 + "\n")
    p = run("check", path)
    expect(p.returncode == 2 and b"line 2" in p.stderr, p.stderr[:300])


@case("GB18030 and Big5 reports are decoded and checked")
def _():
    text = open(SAMPLE, encoding="utf-8").read()
    gb = os.path.join(tmp, "gb.txt")
    open(gb, "wb").write(text.encode("gb18030"))
    d = json.loads(run("check", "--format", "json", gb).stdout)["files"][0]
    expect(d["encoding"] == "GB18030", d["encoding"])
    expect(any(f["rule"] == "shares.match-count" for f in d["findings"]), "finding in GB18030")
    trad = "某區報告\n\n一、概述\n本年度工作情況如下。\n二、依申請公開\n共收到申請400件。其中，網上申請300件，占75%；當面申請60件，占15%；信函申請36件，占9%；傳真申請4件，占4%。\n"
    b5 = os.path.join(tmp, "big5.txt")
    open(b5, "wb").write(trad.encode("big5"))
    d = json.loads(run("check", "--format", "json", b5).stdout)["files"][0]
    expect(d["encoding"] == "Big5", d["encoding"])
    expect(any(f["rule"] == "shares.match-count" for f in d["findings"]), "finding in Big5")


@case("broken rule files: exit 2 with file:line:col, before any document is read")
def _():
    expected = {"bad-expr.yaml": b":7:", "unknown-key.yaml": b"unknown key 'descriptoin'", "duplicate-key.yaml": b"duplicate key 'pack'",
                "bad-regex.yaml": b"bad regular expression", "unknown-figure.yaml": b"unknown figure", "syntax.yaml": b"YAML syntax"}
    for name, needle in expected.items():
        p = run("check", "--rules", os.path.join(bad, name), SAMPLE)
        expect(p.returncode == 2, f"{name}: exit {p.returncode}")
        expect(needle in p.stderr and name.encode() in p.stderr, f"{name}: {p.stderr[:300]}")
        expect(p.stdout == b"", f"{name}: a document was checked")


@case("rules, explain, figures")
def _():
    p = run("rules")
    expect(p.returncode == 0 and b"shares.match-count" in p.stdout and b"gen1.replies.categories" in p.stdout, "rules")
    p = run("explain", "shares.match-count")
    expect(p.returncode == 0 and b"Example" in p.stdout, "explain")
    expect(run("explain", "no.such.rule").returncode == 2, "unknown rule")
    p = run("figures", "--format", "json", SAMPLE)
    figs = json.loads(p.stdout)
    expect(any(f["value"] == "400" and f["unit"] == "件" for f in figs), "figure 400件")


@case("tally never writes to the files it checks")
def _():
    before = (hashlib.sha256(open(SAMPLE, "rb").read()).hexdigest(), os.stat(SAMPLE).st_mtime_ns)
    run("check", "--format", "json", SAMPLE)
    after = (hashlib.sha256(open(SAMPLE, "rb").read()).hexdigest(), os.stat(SAMPLE).st_mtime_ns)
    expect(before == after, "file changed")


@case("a directory is walked for .txt/.md, in a stable order")
def _():
    p1 = run("check", "--format", "json", rules_dir)
    p2 = run("check", "--format", "json", rules_dir)
    d = json.loads(p1.stdout)
    expect(len(d["files"]) >= 32, f"{len(d['files'])} files")
    expect(p1.stdout == p2.stdout, "deterministic")


def shares_under(policy, text):
    """Checks `text` with a one-check pack whose share check uses the rounding `policy`."""
    pack = os.path.join(tmp, policy + ".yaml")
    open(pack, "w", encoding="utf-8").write("schema: 1\npack: p" + policy.replace("_", "") + "\nchecks:\n  - id: p.shares\n"
                                            "    kind: share\n    rounding: " + policy + "\n    description: 占比取值规则\n")
    report = os.path.join(tmp, policy + ".txt")
    open(report, "w", encoding="utf-8").write(text)
    p = run("check", "--format", "json", "--no-default-packs", "--rules", pack, report)
    return p, json.loads(p.stdout)["files"][0]["findings"], report


@case("rounding policy: truncate refuses a share rounded up, and expects the truncated value")
def _():
    p, f, _ = shares_under("truncate", "某区报告\n一、情况\n共收到申请12件。其中，网上申请5件，占42%；信函申请7件，占58%。\n")
    expect(p.returncode == 1 and [x["actual"] for x in f] == ["42"] and f[0]["expected"] == "41" and "= 41%" in f[0]["message"], str(f))


@case("rounding policy: half_up refuses a truncated share that 'any' accepts")
def _():
    p, f, report = shares_under("half_up", "某区报告\n一、情况\n共收到申请6件。其中，网上申请5件，占83.3%；当面申请1件，占16.6%。\n")
    expect(p.returncode == 1 and [x["actual"] for x in f] == ["16.6"] and f[0]["expected"] == "16.7", str(f))
    p = run("check", "--format", "json", report)
    f = [x for x in json.loads(p.stdout)["files"][0]["findings"] if x["severity"] != "note"]
    expect(p.returncode == 0 and not f, str(f))


@case("pathological rows and repeated structures do not go quadratic (hang guard, 60 s)")
def _():
    row = os.path.join(tmp, "row.txt")
    open(row, "w", encoding="utf-8").write("标题\n标签 " + "1 " * 200000 + "x\n")
    table = os.path.join(tmp, "table.txt")
    open(table, "w", encoding="utf-8").write("政府信息公开情况统计表\n" + "（一）收到申请数\n10\n1.当面申请数\n1\n" * 40000)
    # one line of 30,000 counts closed by 共计, and 3,000 其中 lists of results under 收到
    summed = os.path.join(tmp, "summed.txt")
    open(summed, "w", encoding="utf-8").write("一、情况\n" + "信息3条，" * 30000 + "共计90000条。\n")
    lists = os.path.join(tmp, "lists.txt")
    open(lists, "w", encoding="utf-8").write("一、情况\n上年结转2件。\n" + "收到申请9件，其中予以公开3件，部分公开3件，其他处理3件。\n" * 3000)
    for path in (row, table, summed, lists):
        p = run("check", "--format", "json", path, timeout=60)
        expect(p.returncode in (0, 1), f"{path}: exit {p.returncode}")


@case("a prose breakdown with a category the pack does not know is only checked as ≤ the whole")
def _():
    unknown = os.path.join(tmp, "unknown.txt")
    open(unknown, "w", encoding="utf-8").write("某市政府信息公开年度报告\n一、依申请公开\n共收到申请100件。同意公开50件，不同意公开10件，其他情况40件。\n")
    known = os.path.join(tmp, "known.txt")
    open(known, "w", encoding="utf-8").write("某市政府信息公开年度报告\n一、依申请公开\n共收到申请100件。同意公开50件，不同意公开10件，不属于本机关30件。\n")
    f = json.loads(run("check", "--format", "json", unknown).stdout)["files"][0]["findings"]
    expect(not [x for x in f if x["severity"] == "error"], str(f))
    f = json.loads(run("check", "--format", "json", known).stdout)["files"][0]["findings"]
    expect([x["rule"] for x in f] == ["gen1.replies.categories"] and f[0]["expected"] == "90", str(f))



@case("shares given 分别 after a list bind to the counts in order")
def _():
    path = os.path.join(tmp, "respectively.txt")
    body = "一、概述\n本年度共收到申请100件，其中当面申请30件、网络申请50件、信函申请20件，占比分别为30%、50%、{}%。\n"
    open(path, "w", encoding="utf-8").write(body.format(20))
    f = json.loads(run("check", "--format", "json", path).stdout)["files"][0]["findings"]
    expect(not [x for x in f if x["severity"] != "note"], f"right shares flagged: {f}")
    open(path, "w", encoding="utf-8").write(body.format(10))
    f = json.loads(run("check", "--format", "json", path).stdout)["files"][0]["findings"]
    expect([(x["rule"], x["actual"], x["expected"]) for x in f] == [("shares.match-count", "10", "20")], f"wrong share not found: {f}")

@case("a 其中 after last year's carry-over is held to the sum it divides, and the finding says so")
def _():
    # (The prose fixture pair checks where and which rule; this checks what the finding names.)
    path = os.path.join(fixtures, "prose", "n-qizhong-after-carryover-error.txt")
    f = json.loads(run("check", "--format", "json", path).stdout)["files"][0]["findings"]
    f = [x for x in f if x["rule"] == "breakdown.qizhong"]
    expect(len(f) == 1 and "47+3 = 50" in f[0]["message"], f"the sum divided is not named: {f}")


@case("a list's finding quotes 「其中」 only where the text says it, and names a 包括 list's first item without its opener")
def _():
    # (The prose fixture pairs check where and which rule; this checks the words of the findings.)
    def loud(name):
        path = os.path.join(fixtures, "prose", name)
        return [x for x in json.loads(run("check", "--format", "json", path).stdout)["files"][0]["findings"] if x["severity"] != "note"]
    f = loud("l28-kinds-no-marker-error.txt")
    expect(len(f) == 1 and f[0]["message"].startswith("各项之和 31+52+88"), f"no 其中 in the text, none in the message: {f}")
    marked = os.path.join(tmp, "kinds-marked.txt")
    with open(os.path.join(fixtures, "prose", "l28-kinds-no-marker-error.txt"), encoding="utf-8") as src:
        open(marked, "w", encoding="utf-8").write(src.read().replace("172条，机构职能类", "172条，其中机构职能类"))
    f = [x for x in json.loads(run("check", "--format", "json", marked).stdout)["files"][0]["findings"] if x["severity"] != "note"]
    expect(len(f) == 1 and f[0]["message"].startswith("「其中」各项之和 31+52+88"), f"the text's 其中 is quoted: {f}")
    f = loud("l28-includes-first-item-error.txt")
    names = [r["message"] for x in f for r in x.get("related", [])]
    expect("履职依据 21条" in names and not any("包括" in n for n in names), f"the first item keeps 具体包括: {names}")

def fixture_findings(name, rule):
    """A prose fixture's findings of one rule, and the words of their related figures."""
    path = os.path.join(fixtures, "prose", name)
    f = [x for x in json.loads(run("check", "--format", "json", path).stdout)["files"][0]["findings"] if x["rule"] == rule]
    return f, [r["message"] for x in f for r in x.get("related", [])]


def fixture_columns(name, rule, n):
    """A prose fixture's findings of one rule, its line n as the file has it, and the column of each related figure by its words."""
    f, _ = fixture_findings(name, rule)
    with open(os.path.join(fixtures, "prose", name), encoding="utf-8") as src:
        line = src.read().split("\n")[n - 1]
    return f, line, {r["message"]: r["column"] for x in f for r in x.get("related", [])}


@case("a change compared with a named year says that year, not 上年")
def _():
    # (The prose fixture pair checks where and which rule; this checks the year the finding names.)
    f, names = fixture_findings("change-named-year-error.txt", "change.match-count")
    expect(len(f) == 1 and "比2015年的 33" in f[0]["message"] and "上年" not in f[0]["message"] and "2015年 33件" in names,
           f"the year compared with is not named: {f}")


@case("results of handling after the counts by channel are held to all the requests, and the finding names them")
def _():
    f, names = fixture_findings("results-after-channels-error.txt", "breakdown.qizhong")
    expect(len(f) == 1 and "8+5 = 13" in f[0]["message"] and "9+3 = 12" in f[0]["message"] and "总数 3件" not in names,
           f"the requests the results are of are not named: {f}")


@case("two findings at one total with two values say which relation gives each")
def _():
    f, _ = fixture_findings("shares-and-sum-total-error.txt", "shares.match-count")
    g, _ = fixture_findings("shares-and-sum-total-error.txt", "gen1.applications.channels")
    expect(len(f) == 1 and "若各项占比无误，总数应为 150" in f[0].get("suggestion", "") and "各项之和则为 120" in f[0].get("suggestion", ""),
           f"the shares' total is not said to be the shares': {f}")
    expect(len(g) == 1 and "若各项无误，总数应为 120" in g[0].get("suggestion", ""), f"the sum's total is not said to be the sum's: {g}")


@case("outcomes after a review count and a suit count name both counts as what they divide")
def _():
    f, names = fixture_findings("case-outcomes-joint-error.txt", "gen1.suit.outcomes")
    expect(len(f) == 1 and "行政复议「5件」与行政诉讼「3件」之和 8" in f[0]["message"] and any(n.endswith("行政复议 5件") for n in names),
           f"the suit count alone is named as the total: {f}")
    # (The generic 其中 check, with no pack that knows cases, says the same.)
    generic = os.path.join(os.path.dirname(os.path.dirname(fixtures)), "rules", "generic.yaml")
    path = os.path.join(fixtures, "prose", "case-outcomes-joint-error.txt")
    g = json.loads(run("check", "--format", "json", "--no-default-packs", "--rules", generic, path).stdout)["files"][0]["findings"]
    expect(len(g) == 1 and "4+2+3 = 9 超过它所分的 5+3 = 8" in g[0]["message"], f"the 其中 check names the suit count alone: {g}")


@case("labels read through pinyin glosses, and every figure stays at its column in the file")
def _():
    f, line, where = fixture_columns("pinyin-gloss-error.txt", "gen1.applications.flow", 3)
    expect(len(f) == 1 and where.get("flow.next 4件") == line.rindex("4件") + 1 and where.get("flow.closed 24件") == line.index("24件") + 1,
           f"a glossed label is not read, or a figure after a gloss moved: {f}")


@case("a count read in its parts' unit is quoted as the text writes it")
def _():
    # (「接受依申请公开12次，其中网上申请6件…」: the 12 is read as requests in 件, as its parts are
    # counted, but the message quotes the figure the text wrote.)
    f, names = fixture_findings("request-times-error.txt", "gen1.applications.channels")
    expect(len(f) == 1 and "「12次」" in f[0]["message"] and "12件" not in f[0]["message"] and f[0]["actual"] == "12" and
           f[0]["expected"] == "11" and "网上申请 6件" in names, f"the count is not quoted as written: {f}")


@case("pieces of an HTML tag in a text are not read, and every figure stays at its column in the file")
def _():
    f, line, where = fixture_columns("tag-debris-error.txt", "breakdown.qizhong", 3)
    expect(len(f) == 1 and f[0]["location"]["column"] == line.index("415条") + 1 and where.get("机构职能类信息 12条") == line.index("12条") + 1 and
           where.get("其他类信息 330条") == line.index("330条") + 1, f"a label split by a tag, or a figure after one moved: {f}")
    # (A 「<」 of the text's own is no tag: 「a<b」, 「<5万次」 are read as written.)
    rows = run("figures", os.path.join(fixtures, "prose", "tag-debris-error.txt")).stdout.decode("utf-8")
    expect(f"3:{line.index('5万次') + 1}\t" in rows and "栏目浏览量<" in rows, f"a comparison was taken for a tag: {rows}")


@case("a count written in 万 is quoted as written, its number too")
def _():
    # (「2.4万条」 is read as 24000 and quoted as the text writes it; the sum and the value that would
    # reconcile it are worked out in plain numbers.)
    f, names = fixture_findings("wan-quoted-error.txt", "breakdown.qizhong")
    expect(len(f) == 1 and "总数 2.4万条" in f[0]["message"] and "24000" not in f[0]["message"] and "工作动态类信息 1.5万条" in names and
           f[0]["actual"] == "24000" and "22000" in f[0].get("suggestion", ""), f"a count in 万 is not quoted as written: {f}")


@case("a change message quotes last year's count and the change as written")
def _():
    # (「比上年的1.1万条增加3000条」「比上年的1,180件增加80件，增长7.5%」: last year's count keeps its 万 and
    # its thousands' separator, as this year's does; the difference and the division stay plain numbers.)
    f, names = fixture_findings("change-quoted-error.txt", "change.match-count")
    msgs = sorted(x["message"] for x in f)
    expect(len(f) == 2 and any("比上年的 1.1万条 增加3000条" in m and "11000" not in m for m in msgs) and
           any("80/1180" in m and "（上年 1,180件）" in m for m in msgs) and "上年 1.1万条" in names and "上年 1,180件" in names and
           "增加 80件" in names, f"last year's count is not quoted as written: {msgs} {names}")


failed = [r for r in results if r[1]]
for name, err in results:
    print(("FAIL " if err else "ok   ") + name + (f": {err}" if err else ""))
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
