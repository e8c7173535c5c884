#!/usr/bin/env python3
"""Prose documents with known answers: exactly the listed errors and warnings, at their lines.

Usage: prose.py TALLY DIR
DIR/expected.txt lists "FILE LINE RULE" (or "FILE LINE:COLUMN RULE" where the column of the
figure to blame matters) for every error or warning tally must report on the documents in DIR; any other error or warning (a false alarm) and any listed one not reported
(a miss) fails the test. These documents hold the shapes real reports were seen to take and
that once misled the checker, each written here with figures of its own.
"""
import json, os, subprocess, sys

tally, folder = sys.argv[1], sys.argv[2]
expected = set()
with open(os.path.join(folder, "expected.txt"), encoding="utf-8") as fh:
    for line in fh:
        line = line.strip()
        if line and not line.startswith("#"):
            name, where, rule = line.split()
            expected.add((name, where, rule))
docs = sorted(n for n in os.listdir(folder) if n != "expected.txt")
p = subprocess.run([tally, "check", "--format", "json", "--jobs", "1", *[os.path.join(folder, n) for n in docs]],
                   capture_output=True, text=True)
if p.returncode not in (0, 1):
    sys.exit(f"tally exited {p.returncode}: {p.stderr}")
found = set()
with_column = {(name, where.split(":")[0], rule) for name, where, rule in expected if ":" in where}
for f in json.loads(p.stdout)["files"]:
    name = os.path.basename(f["path"])
    for x in f["findings"]:
        if x["severity"] in ("error", "warning"):
            where = str(x["location"]["line"])
            if (name, where, x["rule"]) in with_column:
                where += f":{x['location']['column']}"
            found.add((name, where, x["rule"]))
for name, line, rule in sorted(found - expected):
    print(f"FALSE ALARM {name}:{line} {rule}")
for name, line, rule in sorted(expected - found):
    print(f"MISSED      {name}:{line} {rule}")
for name, line, rule in sorted(found & expected):
    print(f"ok          {name}:{line} {rule}")
print(f"{len(docs)} documents, {len(found & expected)} of {len(expected)} expected findings, "
      f"{len(found - expected)} false alarms")
sys.exit(0 if found == expected else 1)
