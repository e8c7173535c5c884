#!/usr/bin/env python3
"""The complete pack shown in the README loads, and its breakdown fires on a wrong report.

Usage: readme_example.py TALLY README.md
"""
import atexit, json, os, re, shutil, subprocess, sys, tempfile

tally, readme = sys.argv[1], sys.argv[2]
text = open(readme, encoding="utf-8").read()
m = re.search(r"A complete pack:\n\n```yaml\n(.*?)```", text, re.S)
ok = True
if not m:
    print("FAIL the README has no complete pack example")
    ok = False
else:
    d = tempfile.mkdtemp()
    atexit.register(shutil.rmtree, d, ignore_errors=True)
    pack = os.path.join(d, "pack.yaml")
    open(pack, "w", encoding="utf-8").write(m.group(1))
    report = os.path.join(d, "r.txt")
    open(report, "w", encoding="utf-8").write("某市报告\n一、培训\n全年举办培训班8期，培训人员300人次，其中市级120人次、县级170人次。\n")
    p = subprocess.run([tally, "check", "--format", "json", "--no-default-packs", "--rules", pack, report], capture_output=True, text=True)
    if p.returncode != 1:
        print(f"FAIL exit {p.returncode}: {p.stderr}")
        ok = False
    else:
        rules = [f["rule"] for f in json.loads(p.stdout)["files"][0]["findings"]]
        if rules != ["training.trainees"]:
            print(f"FAIL findings {rules}")
            ok = False
print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
sys.exit(0 if ok else 1)
