#!/usr/bin/env python3
"""Writes a benchmark corpus of N synthetic annual reports (default 100) into DIR: prose
reports in the 2008–2018 shape and 2021-format reports with tables in several text layouts,
in simplified and traditional characters, with random but mostly consistent figures (about one
report in five carries an error). Deterministic for a given seed.
Usage: gen_corpus.py DIR [N] [SEED]"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "fixtures", "tables"))
import tables as T  # noqa: E402

if len(sys.argv) < 2 or len(sys.argv) > 4 or sys.argv[1].startswith("-"):
    print(__doc__.strip().splitlines()[-1], file=sys.stderr)
    sys.exit(2)
out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
os.makedirs(out, exist_ok=True)

# Traditional forms of the characters the prose template uses (enough for a realistic mix).
TRAD = str.maketrans({"县": "縣", "区": "區", "报": "報", "开": "開", "务": "務", "网": "網", "请": "請", "传": "傳",
                      "复": "復", "议": "議", "诉": "訴", "讼": "訟", "维": "維", "纠": "糾", "错": "錯", "类": "類",
                      "项": "項", "条": "條", "规": "規", "范": "範", "发": "發", "计": "計", "总": "總", "数": "數",
                      "经": "經", "费": "費", "员": "員", "专": "專", "职": "職", "兼": "兼", "会": "會", "训": "訓",
                      "应": "應", "热": "熱", "点": "點", "问": "問", "题": "題", "进": "進", "们": "們", "这": "這",
                      "对": "對", "当": "當", "面": "面", "电": "電", "邮": "郵", "处": "處", "理": "理"})


def split(total, k):
    cuts = sorted(rng.randint(0, total) for _ in range(k - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def prose_report(i, wrong):
    year = rng.randint(2010, 2018)
    received = rng.randint(20, 3000)
    channels = split(received, 4)
    if wrong == "channels":
        channels[2] += rng.randint(1, 9)
    replies = split(received, 5)
    shares = [f"{100 * c / received:.2f}%" for c in channels]
    if wrong == "share":
        shares[1] = f"{100 * (channels[1] + 7) / received:.2f}%"
    review = split(rng.randint(0, 30), 3)
    items = rng.randint(1000, 90000)
    paras = [
        f"某{'县' if i % 2 else '区'}人民政府{year}年政府信息公开工作年度报告",
        f"本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为{year}年1月1日至12月31日。",
        "一、概述",
        f"{year}年，我{'县' if i % 2 else '区'}认真贯彻落实政务公开工作要求，全年主动公开政府信息{items}条。",
        "二、主动公开政府信息情况",
        f"全年通过政府网站公开信息{items}条，通过政务微博公开信息{rng.randint(10, 900)}条，通过政务微信公开信息{rng.randint(10, 900)}条。",
        "三、依申请公开政府信息情况",
        f"全年共收到政府信息公开申请{received}件。其中，当面申请{channels[0]}件，占{shares[0]}；网络申请{channels[1]}件，占{shares[1]}；"
        f"信函申请{channels[2]}件，占{shares[2]}；传真申请{channels[3]}件，占{shares[3]}。",
        f"在已答复的申请中，属于已主动公开范围{replies[0]}件，同意公开{replies[1]}件，同意部分公开{replies[2]}件，"
        f"不属于本行政机关公开范围{replies[3]}件，申请信息不存在{replies[4]}件。",
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
        f"全年被申请行政复议{sum(review)}件，其中维持具体行政行为{review[0]}件，被依法纠错{review[1]}件，其他情形{review[2]}件。",
        "五、存在的主要问题及改进情况",
        "一是公开内容还不够全面；二是解读回应还不够及时。下一步，我们将进一步加强培训，提高工作人员业务水平。" * 3,
    ]
    return "\n".join(paras) + "\n"


def table_report(i, wrong):
    layout = ["rows", "lines", "tsv", "flat", "md"][i % 5]
    rows = T.table3(2021)
    scale = rng.randint(1, 6)
    rows = [(k, l, None if v is None else [x * scale for x in v]) for k, l, v in rows]
    if wrong == "cell":
        key = rng.choice([k for k, _, v in rows if v is not None])
        rows = T.with_cells(rows, {(key, rng.randint(0, 5)): rng.randint(1, 99)})
    t4 = [x * scale for x in T.T4_VALUES]
    return T.report(2021, layout, t3=rows, t4=t4, prose={"received": 70 * scale, "carried": 6 * scale, "carryover": 9 * scale})


for i in range(n):
    wrong = rng.choice([None, None, None, None, "channels", "share", "cell"])
    text = prose_report(i, wrong) if i % 2 == 0 else table_report(i, wrong)
    if i % 3 == 0:
        text = text.translate(TRAD)
    enc = "gb18030" if i % 7 == 3 else "utf-8"
    with open(os.path.join(out, f"report-{i:05d}.txt"), "wb") as f:
        f.write(text.encode(enc))
