#!/usr/bin/env python3
"""Every output format on the same reports: GNU lines, GitHub commands, CSV and the summary
agree with the JSON findings; SARIF validates against the SARIF 2.1.0 schema (and, when the
project's set-up installed it, Microsoft's SARIF multitool finds no error); the HTML page marks
every finding, escapes hostile text and needs nothing outside itself; the configuration file is
found, strict, and its ignore list suppresses with a justification; results are identical
whatever --jobs is. Usage: outputs.py TALLY FIXTURES_DIR NODE_DIR"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

tally, fixtures, node = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
failures = 0


def check(cond, what):
    global failures
    print(("ok   " if cond else "FAIL ") + what)
    failures += 0 if cond else 1


def run(*args, cwd=None):
    p = subprocess.run([tally, *args], capture_output=True, text=True, timeout=120, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


rules = os.path.join(fixtures, "rules")
hostile = os.path.join(fixtures, "outputs", "hostile.txt")
inputs = [os.path.join(rules, "gen3.applications.balance.fail.txt"), os.path.join(rules, "outline.numbering.fail.txt"),
          os.path.join(rules, "shares.match-count.fail.txt"), hostile]

rc, out, err = run("check", "--format", "json", "--config", os.devnull, *inputs)
data = json.loads(out)
findings = [(f["path"], x) for f in data["files"] for x in f["findings"]]
check(rc == 1 and len(findings) >= 6, f"json: {len(findings)} findings, exit {rc}")
check(all(re.fullmatch(r"[0-9a-f]{16}(-\d+)?", x["fingerprint"]) for _, x in findings), "json: every finding has a fingerprint")
check(len({(p, x["fingerprint"]) for p, x in findings}) == len(findings), "json: fingerprints are unique within a file")
check(all("hash" in p and p["version"] for p in data["run"]["packs"]) and data["run"]["options"]["format"] == "json",
      "json: the run records packs with version and hash, and the options")
check(all(c["outcome"] in ("passed", "failed", "skipped") for f in data["files"] for c in f["checks"]), "json: every rule considered has an outcome")

# The audit record gives the line a check was evaluated at as a line of the file, like the
# findings: for an HTML report (read as rendered text) a failed prose check's line is its finding's.
html_example = os.path.join(fixtures, "..", "..", "examples", "2019-city-report.html")
res = json.loads(run("check", "--format", "json", "--config", os.devnull, html_example)[1])["files"][0]
prose_failed = [c for c in res["checks"] if c["outcome"] == "failed" and "line" in c
                and any(x["rule"] == c["rule"] and not x["location"].get("cell") for x in res["findings"])]
check(prose_failed and all(any(x["rule"] == c["rule"] and x["location"]["line"] == c["line"] for x in res["findings"])
                           for c in prose_failed), f"json: failed checks in an HTML report name the file's line ({len(prose_failed)} checked)")

# A line inserted above a finding moves it but keeps its fingerprint.
with tempfile.TemporaryDirectory() as tmp:
    moved = os.path.join(tmp, "moved.txt")
    with open(moved, "w", encoding="utf-8") as f:
        f.write("前言：本报告按要求编制。\n\n" + open(inputs[2], encoding="utf-8").read())
    before = {x["fingerprint"]: x["location"]["line"] for p, x in findings if p == inputs[2]}
    after = {x["fingerprint"]: x["location"]["line"] for x in json.loads(run("check", "--format", "json", "--config", os.devnull, moved)[1])["files"][0]["findings"]}
    check(before.keys() == after.keys() and all(after[k] == before[k] + 2 for k in before), "fingerprints survive lines inserted above")

# A file name that is not UTF-8 (an old archive, say) still gives valid JSON: the bad byte is U+FFFD.
with tempfile.TemporaryDirectory() as tmp:
    odd = os.path.join(os.fsencode(tmp), b"r\xff\x01.txt")
    shutil.copy(inputs[0], odd)
    p = subprocess.run([tally, "check", "--format", "json", "--config", os.devnull, odd], capture_output=True, timeout=120)
    try:
        paths = [f["path"] for f in json.loads(p.stdout.decode("utf-8"))["files"]]
    except ValueError:
        paths = []
    check(p.returncode == 1 and len(paths) == 1 and paths[0].endswith("r\ufffd\u0001.txt"),
          f"json: a file name with a non-UTF-8 byte and a control character is escaped (exit {p.returncode}, {paths})")

rc, out, _ = run("check", "--format", "gnu", "--config", os.devnull, *inputs)
lines = out.splitlines()
check(len(lines) == len(findings) and all(re.match(r"^[^:]+:\d+:\d+: (error|warning|note): .* \[[\w.-]+\]$", l) for l in lines),
      f"gnu: one 'path:line:col: severity: message [rule]' line per finding ({len(lines)})")
first = findings[0][1]
check(lines[0].startswith(f"{findings[0][0]}:{first['location']['line']}:{first['location']['column']}: {first['severity']}:"), "gnu: same place as json")

rc, out, _ = run("check", "--format", "github", "--config", os.devnull, *inputs)
gh = out.splitlines()
check(len(gh) == len(findings) and all(re.match(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::", l) for l in gh),
      "github: one workflow command per finding")
check(not any("\n" in l for l in gh) and "%25" in out, "github: data is escaped (a % in a message becomes %25)")

rc, out, _ = run("check", "--format", "csv", "--config", os.devnull, *inputs)
rows = list(csv.reader(io.StringIO(out)))
check(rows[0] == ["path", "line", "column", "severity", "rule", "message", "expected", "actual", "cell"] and len(rows) - 1 == len(findings),
      f"csv: header and one row per finding ({len(rows) - 1})")
check([r[4] for r in rows[1:]] == [x["rule"] for _, x in findings], "csv: rules in the same order as json")

rc, out, _ = run("check", "--format", "summary", "--config", os.devnull, *inputs)
rows = list(csv.reader(io.StringIO(out)))
check(len(rows) == 1 + len(inputs) and rows[0][:4] == ["path", "errors", "warnings", "notes"], "summary: one row per file")
per_file = {f["path"]: sum(1 for x in f["findings"] if x["severity"] == "error") for f in data["files"]}
check(all(int(r[1]) == per_file[r[0]] for r in rows[1:]), "summary: error counts match json")

# SARIF: the schema, and Microsoft's validator when installed.
with tempfile.TemporaryDirectory() as tmp:
    sarif_path = os.path.join(tmp, "out.sarif")
    docx = os.path.join(tmp, "t.docx")
    sys.path.insert(0, os.path.join(fixtures, "tables"))
    sys.path.insert(0, os.path.join(fixtures, "formats"))
    import office as O  # noqa: E402
    import tables as T  # noqa: E402
    O.write_docx(docx, T.official_blocks(2021, t3=T.with_cell(2021, "new", 0, 65)))
    rc, _, _ = run("check", "--format", "sarif", "--output", sarif_path, "--config", os.devnull, *inputs, docx, os.path.join(tmp, "missing.txt"))
    check(rc == 2, "sarif: a missing input still exits 2, with the rest reported")
    log = json.load(open(sarif_path, encoding="utf-8"))
    run0 = log["runs"][0]
    results = run0["results"]
    check(len(results) == len(findings) + 1, f"sarif: one result per finding ({len(results)})")
    check(run0["columnKind"] == "unicodeCodePoints" and run0["tool"]["driver"]["semanticVersion"], "sarif: column kind and semantic version")
    ids = {r["id"] for r in run0["tool"]["driver"]["rules"]}
    check(all(r["ruleId"] in ids and run0["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in results), "sarif: every result's rule is listed at its index")
    check(all(r["partialFingerprints"]["tallyFinding/v1"] for r in results), "sarif: partial fingerprints")
    check(not run0["invocations"][0]["executionSuccessful"] and run0["invocations"][0]["toolExecutionNotifications"], "sarif: the unreadable file is a notification")
    schema = os.path.join(node, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json")
    if os.path.exists(schema):
        try:
            import jsonschema
            errors = list(jsonschema.Draft7Validator(json.load(open(schema))).iter_errors(log))
            check(not errors, f"sarif: valid against the SARIF 2.1.0 schema ({[e.message[:80] for e in errors[:3]]})")
        except ImportError:
            check(False, "sarif: python3-jsonschema is missing (scripts/setup.sh installs it)")
        tool = os.path.join(node, "node_modules", ".bin", "sarif-multitool")
        val = os.path.join(tmp, "validation.sarif")
        p = subprocess.run([tool, "validate", "-j", schema, "-o", val, sarif_path], capture_output=True, text=True, timeout=300 * float(os.environ.get("TALLY_TEST_TIME_FACTOR", "1")))
        bad = [r for r in json.load(open(val))["runs"][0].get("results", []) if r.get("level") == "error"] if os.path.exists(val) else ["no output"]
        check(p.returncode == 0 and not bad and " error " not in p.stdout, f"sarif: sarif-multitool validate reports no error ({p.returncode}, {bad[:2]})")
    else:  # the set-up could not reach the npm registry: say so loudly, do not fail the suite on it
        print(f"SKIP sarif: the SARIF schema and validator are not installed under {node} (scripts/setup.sh installs them from npm)")

# HTML: every finding marked, hostile text escaped, nothing loaded from outside.
rc, page, _ = run("check", "--format", "html", "--config", os.devnull, *inputs)
marks = re.findall(r'<mark class="primary (error|warning|note)"', page)
check(len(marks) == len(findings), f"html: {len(marks)} marked findings for {len(findings)} in json")
check("<script>document.title" not in page and "&lt;script&gt;document.title" in page and '<img src=x' not in page,
      "html: the hostile document's <script> and <img onerror> are shown as text")
check(not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', page), "html: no external script, style, image or frame")
check(page.count("<script>") == 1, "html: exactly one script, the page's own navigation")

# Configuration: discovery, ignore with justification, severity override, strictness.
with tempfile.TemporaryDirectory() as tmp:
    sub = os.path.join(tmp, "reports", "2021")
    os.makedirs(sub)
    shutil.copy(hostile, sub)
    with open(os.path.join(tmp, ".tally.yaml"), "w", encoding="utf-8") as f:
        f.write("severity:\n  gen1.applications.channels: warning\nignore:\n  - rule: gen1.review.outcomes\n"
                "    path: '*hostile*'\n    justification: 1件复议案件尚未审结，正文已说明。\n")
    rc, out, err = run("check", "--format", "json", "hostile.txt", cwd=sub)
    got = json.loads(out)
    fs = {x["rule"]: x for x in got["files"][0]["findings"]}
    check(got["run"].get("config", "").endswith(".tally.yaml"), "config: found by walking up from the working directory")
    check(fs["gen1.review.outcomes"].get("suppressed", {}).get("justification", "").startswith("1件"), "config: ignored finding kept in json with its justification")
    check(fs["gen1.applications.channels"]["severity"] == "warning", "config: severity override")
    check(rc == 0, f"config: suppressed findings and warnings do not fail the run (exit {rc})")
    rc, out, _ = run("check", "hostile.txt", cwd=sub)
    check("gen1.review.outcomes" not in out, "config: an ignored finding is not shown in text output")
    with open(os.path.join(tmp, ".tally.yaml"), "w", encoding="utf-8") as f:
        f.write("severity:\n  gen1.applications.channels: 'off'\n")
    got = json.loads(run("check", "--format", "json", "hostile.txt", cwd=sub)[1])["files"][0]
    turned = [c for c in got["checks"] if c["rule"] == "gen1.applications.channels"]
    check(all(x["rule"] != "gen1.applications.channels" for x in got["findings"]) and turned
          and turned[0]["outcome"] == "failed" and "severity off" in turned[0].get("reason", ""),
          f"config: a rule turned off reports nothing; the audit record keeps its outcome and says why ({turned})")
    with open(os.path.join(tmp, ".tally.yaml"), "w", encoding="utf-8") as f:
        f.write("ignore:\n  - rule: gen1.review.outcomes\n")
    rc, _, err = run("check", "hostile.txt", cwd=sub)
    check(rc == 2 and ".tally.yaml:2:" in err and "justification" in err, f"config: an ignore entry without justification is refused ({err.strip()})")
    with open(os.path.join(tmp, ".tally.yaml"), "w", encoding="utf-8") as f:
        f.write("severity:\n  x: error\nfail_onn: warning\n")
    rc, _, err = run("check", "hostile.txt", cwd=sub)
    check(rc == 2 and "unknown key 'fail_onn'" in err and ":3:1:" in err, f"config: unknown keys are refused with their place ({err.strip()})")

    # Last year's report chosen per file by the configuration: reports/2022/r.txt → reports/2021/r.txt.
    for year, src in (("2022", "gen3.previous.carried.fail.txt"), ("2021", "gen3.previous.carried.fail.previous.txt")):
        os.makedirs(os.path.join(tmp, "years", year), exist_ok=True)
        shutil.copy(os.path.join(rules, src), os.path.join(tmp, "years", year, "r.txt"))
    os.makedirs(os.path.join(tmp, "years", "2030"), exist_ok=True)
    shutil.copy(os.path.join(rules, "gen3.previous.carried.fail.txt"), os.path.join(tmp, "years", "2030", "r.txt"))
    with open(os.path.join(tmp, ".tally.yaml"), "w", encoding="utf-8") as f:
        f.write("previous:\n  - path: 'years/*/*.txt'\n    file: 'years/{year-1}/{name}'\n")
    rc, out, err = run("check", "--format", "json", "years/2022/r.txt", "years/2030/r.txt", cwd=tmp)
    got = {x["path"]: x for x in json.loads(out)["files"]}
    f22, f23 = got["years/2022/r.txt"], got["years/2030/r.txt"]
    check(any(x["rule"] == "gen3.previous.carried" and x["severity"] == "error" for x in f22["findings"]),
          "config previous: 2022 is checked against the mapped 2021 report")
    check(any(x["rule"] == "config.previous" and x["severity"] == "warning" and "years/2029/r.txt" in x["message"] for x in f23["findings"]),
          f"config previous: a mapped report that is missing is a warning, not a silent skip ({[x['message'] for x in f23['findings']][:2]})")
    check(any(c["rule"] == "gen3.previous.carried" and c["outcome"] == "skipped" for c in f23["checks"]),
          "config previous: without last year's report the check across years is skipped")
    check(f22.get("previous", "").replace(os.sep, "/").endswith("years/2021/r.txt") and "previous" not in f23,
          f"config previous: the audit record names the report each file was compared with ({f22.get('previous')}, {f23.get('previous')})")
    with open(os.path.join(tmp, ".tally.yaml"), "w", encoding="utf-8") as f:
        f.write("previous:\n  - path: 'years/*'\n")
    rc, _, err = run("check", "years/2022/r.txt", cwd=tmp)
    check(rc == 2 and ".tally.yaml:2:" in err and "'file'" in err, f"config previous: an entry without 'file' is refused ({err.strip()})")

    # Batches: the same bytes whatever --jobs is; --output writes the file.
    batch = os.path.join(tmp, "batch")
    os.makedirs(batch)
    for name in sorted(os.listdir(rules))[:40]:
        if name.endswith(".txt"):
            shutil.copy(os.path.join(rules, name), batch)
    outs = []
    for jobs in ("1", "2", "2"):
        target = os.path.join(tmp, f"out{len(outs)}.json")
        rc, _, _ = run("check", "--format", "json", "--jobs", jobs, "--output", target, "--config", os.devnull, batch)
        outs.append(open(target, "rb").read())
    check(outs[0] == outs[1] == outs[2] and len(outs[0]) > 1000, "batch: byte-identical JSON with --jobs 1 and --jobs 2, twice")

print(f"{failures} failed")
sys.exit(1 if failures else 0)
