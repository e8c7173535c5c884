#!/usr/bin/env python3
"""Every shipped rule fails on its fixture and passes on the corrected twin.

Usage: rule_fixtures.py TALLY FIXTURE_DIR
FIXTURE_DIR holds RULE.fail.txt and RULE.pass.txt for every rule id that `tally rules` lists.
On the .fail file the rule must report an error or warning; on the .pass file it must be
evaluated (outcome passed) with no error or warning from any rule.
"""
import json, os, subprocess, sys

tally, fixtures = sys.argv[1], sys.argv[2]


def run(path):
    # RULE.fail.previous.txt beside RULE.fail.txt is last year's report for checks across years.
    previous = path[:-len(".txt")] + ".previous.txt"
    extra = ["--previous", previous] if os.path.exists(previous) else []
    p = subprocess.run([tally, "check", "--format", "json", *extra, path], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{path}: tally exited {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)["files"][0]


rules = []
for line in subprocess.run([tally, "rules"], capture_output=True, text=True, check=True).stdout.splitlines():
    if line.startswith("  "):
        rules.append(line.split()[0])
passed = failed = 0
for rule in rules:
    problems = []
    fail_path = os.path.join(fixtures, rule + ".fail.txt")
    pass_path = os.path.join(fixtures, rule + ".pass.txt")
    if not (os.path.exists(fail_path) and os.path.exists(pass_path)):
        problems.append("missing fixture pair")
    else:
        bad = run(fail_path)
        if not any(f["rule"] == rule and f["severity"] in ("error", "warning") for f in bad["findings"]):
            problems.append("does not fire on the .fail fixture")
        good = run(pass_path)
        outcomes = [c["outcome"] for c in good["checks"] if c["rule"] == rule]
        if "passed" not in outcomes or "failed" in outcomes:
            problems.append(f"not passed on the .pass fixture (outcomes {outcomes})")
        noisy = [f"{f['rule']}@{f['location']['line']}" for f in good["findings"] if f["severity"] in ("error", "warning")]
        if noisy:
            problems.append(f"the .pass fixture has findings: {noisy}")
    if problems:
        failed += 1
        print(f"FAIL {rule}: {'; '.join(problems)}")
    else:
        passed += 1
        print(f"ok   {rule}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
