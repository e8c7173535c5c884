#!/usr/bin/env python3
"""The pre-commit hook end to end: a temporary git repository whose .pre-commit-config.yaml
uses this repository's .pre-commit-hooks.yaml (at its current commit), run by Debian's
pre-commit on a clean report (passes) and on a broken one (fails, with the finding shown).
Usage: precommit.py TALLY REPO_ROOT FIXTURES_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile

tally, root, fixtures = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
failures = 0


def check(cond, what):
    global failures
    print(("ok   " if cond else "FAIL ") + what)
    failures += 0 if cond else 1


if not shutil.which("pre-commit"):
    print("FAIL pre-commit is not installed (scripts/setup.sh installs Debian's pre-commit)")
    sys.exit(1)
rev = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
committed = subprocess.run(["git", "-C", root, "cat-file", "-e", f"{rev}:.pre-commit-hooks.yaml"]).returncode == 0
if not rev or not committed:
    print("FAIL the repository's HEAD has no .pre-commit-hooks.yaml to test")
    sys.exit(1)

with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, PATH=os.path.dirname(tally) + os.pathsep + os.environ["PATH"], PRE_COMMIT_HOME=os.path.join(tmp, "cache"),
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    repo = os.path.join(tmp, "data")
    os.makedirs(repo)

    def git(*args):
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)

    git("init", "-q")
    with open(os.path.join(repo, ".pre-commit-config.yaml"), "w") as f:
        f.write(f"repos:\n  - repo: {root}\n    rev: {rev}\n    hooks:\n      - id: tally\n")
    shutil.copy(os.path.join(fixtures, "rules", "breakdown.qizhong.pass.txt"), os.path.join(repo, "report.txt"))
    git("add", ".")

    def pre_commit():
        return subprocess.run(["pre-commit", "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=300)

    p = pre_commit()
    check(p.returncode == 0 and "Passed" in p.stdout, f"clean report: the hook passes (exit {p.returncode})\n{p.stdout[-400:]}{p.stderr[-400:]}")
    shutil.copy(os.path.join(fixtures, "rules", "breakdown.qizhong.fail.txt"), os.path.join(repo, "report.txt"))
    git("add", ".")
    p = pre_commit()
    check(p.returncode == 1 and "Failed" in p.stdout and "report.txt:" in p.stdout and "[breakdown.qizhong]" in p.stdout,
          f"broken report: the hook fails and shows the finding (exit {p.returncode})\n{p.stdout[-600:]}")

print(f"{failures} failed")
sys.exit(1 if failures else 0)
