#!/usr/bin/env python3
"""Times `tally check --jobs 1` on texts of pathological shapes at 1x, 2x, 4x and 8x their base
size, and prints each time with its ratio to the 1x time. A shape is linear when 8x takes no
more than about 9x (the base sizes are chosen so that 1x takes 30 ms or more, where noise
matters less). The texts are written to a temporary folder (or --keep DIR), never to the repo.

Usage: stress.py [--tally PATH] [--runs R] [--shape NAME]... [--scales 1,2,4,8] [--keep DIR]
                 [--format text|json] [--callgrind] [--timeout SECONDS]
--callgrind counts instructions (valgrind --tool=callgrind) instead of timing: slower, but the
same on a loaded machine."""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HEAD = "某县人民政府2012年政府信息公开工作年度报告\n"


def qizhong(n):
    """Repeated 其中 divisions: a list of kinds, a whole with its 其中 parts, a 其中 line that
    opens with a comma (text cut from a page), a 除…外 rest."""
    out = [HEAD]
    for i in range(n):
        a, b = 10 + i % 7, 20 + i % 5
        out.append(f"全年主动公开信息{a + b + 65}条，政策法规类{a}条，规范性文件{b}条，工作动态类65条。"
                   "除14件以信访形式办理外，其余86件均按规定办理。\n,其中网上申请5件\n")
        out.append(f"全年共受理申请{a + b}件，其中当面申请{a}件，网上申请{b}件。\n")
    return "".join(out)


def paragraph(n):
    """Many figures in one paragraph: sentences of counts, shares and changes, cut at a page's
    measure (as text copied from a PDF), so the reader joins them into one paragraph."""
    body = []
    for i in range(n):
        t = 40 + i % 50
        a = t // 4
        body.append(f"第{i % 9 + 1}批共受理申请{t}件，其中当面申请{a}件，占{100 * a / t:.2f}%，"
                    f"网上申请{t - a}件，比上年增加{i % 5 + 1}件，已办结{t}件，办结率100%；")
    text = "".join(body) + "。"
    width = 36
    lines = [text[k:k + width] for k in range(0, len(text), width)]
    return HEAD + "一、依申请公开情况\n" + "\n".join(lines) + "\n"


def line(n):
    """One enormous line: clauses of figures joined by commas, no sentence ending until the end
    (kept under the 1,048,576-character limit at 8x)."""
    parts = [f"{['政策法规', '规范性文件', '工作动态', '人事信息'][i % 4]}类{i % 97 + 1}条" for i in range(n)]
    return HEAD + "全年主动公开信息共计" + str(sum(i % 97 + 1 for i in range(n))) + "条，" + "，".join(parts) + "。\n"


def items(n):
    """Thousands of list items: one whole, then its parts joined by 、 over one paragraph."""
    parts = [(f"第{i}类信息", i % 13 + 1) for i in range(n)]
    whole = sum(v for _, v in parts)
    return (HEAD + f"全年主动公开政府信息{whole}条，其中" + "、".join(f"{k}{v}条" for k, v in parts) + "。\n"
            + f"另有{n // 2}项工作，分别为" + "，".join(f"专项{i}共{i % 7 + 1}次" for i in range(n)) + "。\n")


def table(n):
    """A table of many rows: the 2021 statistical table's rows repeated in the label-line then
    value-line layout, and a tab-separated table of label and three numbers."""
    out = [HEAD, "政府信息公开情况统计表\n"]
    for i in range(n // 2):
        out.append(f"（一）收到申请数\n{10 + i % 9}\n1.当面申请数\n{1 + i % 3}\n")
    out.append("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n")
    for i in range(n // 2):
        out.append(f"文件{i}\t{i % 11}\t{i % 3}\t{i % 11 + 20}\n")
    return "".join(out)


def headings(n):
    """Many headings numbered 一 again: each block restarts its numbering, as a site's copied
    menus and repeated sections do."""
    out = [HEAD]
    for i in range(n):
        out.append("一、概述\n（一）申请情况\n1.当面申请\n（二）答复情况\n"
                   f"一、加强组织领导。全年召开会议{i % 9 + 1}次。\n二、加强培训。\n三、x\n")
    return "".join(out)


def shares(n):
    """Thousands of shares of one whole, in runs of counts each with its percentage."""
    out = [HEAD, "一、主动公开情况\n"]
    for i in range(n):
        t = 200 + i % 100
        a, b = t // 5, t // 2
        c = t - a - b
        out.append(f"主动公开信息{t}条。其中机构职能类{a}条，占总数的{100 * a / t:.1f}%；法规文件类{b}条，"
                   f"占总数的{100 * b / t:.1f}%；业务动态类{c}条，占总数的{100 * c / t:.1f}%。\n")
    return "".join(out)


def restated(n):
    """A long run of statements of the same figure, in prose, with the official table once."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "tables"))
    import tables as T  # noqa: E402
    prose = "".join(f"（{i % 9 + 1}）全年共收到政府信息公开申请70件，上年结转6件。\n" if i % 3 else
                    f"全县共收到政府信息公开申请{70 + i % 4}件，结转下年度继续办理9件。\n" for i in range(n))
    return T.report(2021, "tsv").replace("六、其他需要报告的事项\n", "六、其他需要报告的事项\n" + prose)


def semicolons(n):
    """One sentence of 其中 divisions joined by semicolons, all on one line."""
    return HEAD + "".join(f"全年共受理申请{40 + i % 5}件，其中当面申请{10 + i % 5}件，网上申请31件；" for i in range(n)) + "\n"


def wrong(n):
    """Divisions that do not add up, a part of each with its own 其中 (the failure path)."""
    return HEAD + "".join(f"全年共受理申请{40 + i % 5}件，其中当面申请{10 + i % 5}件（其中咨询{i % 5}件、查阅5件），网上申请31件。\n"
                          for i in range(n))


def html(n):
    """HTML: a page laid out with deeply nested blocks, holding many small tables."""
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>\n",
           f"<p>{HEAD.strip()}</p>\n"]
    for i in range(n):
        depth = 20 + i % 20
        out.append("<div><span>" * depth + f"<p>全年共受理申请{10 + i % 9}件，其中当面申请{i % 9 + 1}件。</p>"
                   + "</span></div>" * depth + "\n")
        out.append(f"<table><tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>"
                   f"<tr><td>规章</td><td>{i % 5}</td><td rowspan=\"2\">{i % 5 + 3}</td></tr>"
                   f"<tr><td>行政规范性文件</td><td colspan=\"1\">{i % 7}</td></tr></table>\n")
    out.append("</body></html>\n")
    return "".join(out)


# name: (generator, base count, file extension)
SHAPES = {
    "qizhong": (qizhong, 2000, "txt"),
    "paragraph": (paragraph, 1000, "txt"),
    "line": (line, 12000, "txt"),
    "items": (items, 4000, "txt"),
    "table": (table, 10000, "txt"),
    "headings": (headings, 4000, "txt"),
    "shares": (shares, 3000, "txt"),
    "restated": (restated, 2000, "txt"),
    "html": (html, 1500, "html"),
    "semicolons": (semicolons, 500, "txt"),
    "wrong": (wrong, 500, "txt"),
}


def run_time(tally, path, fmt, runs, timeout):
    best = None
    for _ in range(runs):
        s = time.perf_counter()
        try:
            subprocess.run([tally, "check", "--jobs", "1", "--format", fmt, "--fail-on", "never", path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=timeout)
        except subprocess.TimeoutExpired:
            return float("inf")
        t = time.perf_counter() - s
        best = t if best is None else min(best, t)
    return best


def run_callgrind(tally, path, fmt, workdir, keep):
    out = path + ".callgrind" if keep else os.path.join(workdir, "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", tally, "check", "--jobs", "1",
                    "--format", fmt, "--fail-on", "never", path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    with open(out, encoding="utf-8", errors="replace") as f:
        m = re.search(r"^summary: (\d+)", f.read(), re.M)
    if not keep:
        os.remove(out)
    return int(m.group(1)) if m else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tally", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "tally"))
    ap.add_argument("--runs", type=int, default=3, help="runs per size; the fastest is kept")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes (repeatable)")
    ap.add_argument("--scales", default="1,2,4,8")
    ap.add_argument("--keep", help="write the texts to this folder and keep them")
    ap.add_argument("--format", default="text", choices=["text", "json"])
    ap.add_argument("--callgrind", action="store_true", help="count instructions instead of timing")
    ap.add_argument("--timeout", type=float, default=120, help="seconds a run may take (longer: shown as inf)")
    args = ap.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    workdir = args.keep or tempfile.mkdtemp(prefix="tally-stress-")
    os.makedirs(workdir, exist_ok=True)
    unit = "Minstr" if args.callgrind else "ms"
    print(f"{'shape':<10} {'1x bytes':>10} " + " ".join(f"{str(s) + 'x ' + unit:>12} {'ratio':>6}" for s in scales)
          + "  verdict")
    for name in args.shape or list(SHAPES):
        gen, base, ext = SHAPES[name]
        cells, first, size1 = [], None, 0
        for s in scales:
            text = gen(base * s)
            path = os.path.join(workdir, f"{name}.{s}x.{ext}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            if first is None:
                size1 = len(text.encode())
            v = (run_callgrind(args.tally, path, args.format, workdir, bool(args.keep)) / 1e6 if args.callgrind
                 else run_time(args.tally, path, args.format, args.runs, args.timeout) * 1000)
            first = v if first is None else first
            cells.append((v, v / first * scales[0]))
            if not args.keep:
                os.remove(path)
        verdict = "linear" if cells[-1][1] <= scales[-1] * 9 / 8 else "SUPERLINEAR"
        print(f"{name:<10} {size1:>10} " + " ".join(f"{v:>12.1f} {r:>5.1f}x" for v, r in cells) + f"  {verdict}",
              flush=True)
    if not args.keep:
        os.rmdir(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
