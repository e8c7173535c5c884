#!/usr/bin/env python3
"""Changes to a report that leave its figures as they were leave tally's findings as they were.

Usage: metamorphic.py TALLY FOLD_TABLE DIR...
Every .txt document in the DIRs is rewritten in each of the ways below (Windows line breaks,
spaces at the ends of lines, no-break spaces, a byte-order mark, traditional characters, digits
typed full width, indented paragraphs, paragraphs run together, lines cut at a page's measure,
a sentence a line), all copies of one kind are checked in one run, and each copy must get the
same errors and warnings, by line and rule, as its original (where a way moves lines, by rule
alone). FOLD_TABLE is the generated traditional-to-simplified table
(build/generated/fold_table.inc): its pairs, read backwards, make the traditional copy.

Each way was once seen to change what tally reported: a table a cell a line stopped being read
with \\r\\n line breaks; a unit cut onto the next line was lost behind trailing spaces; digits
typed full width broke the label-and-value rows of the old table; an indent hid a change between
two years. Documents a way makes into another document (a page's measure that the copy no
longer has) are listed in KNOWN with the reason.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata

tally, fold_table, dirs = sys.argv[1], sys.argv[2], sys.argv[3:]

pairs = re.findall(r"\{0x([0-9A-F]+),0x([0-9A-F]+)\}", open(fold_table, encoding="utf-8").read())
to_trad = {}
for trad, simp in pairs:
    to_trad.setdefault(chr(int(simp, 16)), chr(int(trad, 16)))

HEADING = re.compile(r"^\s*([一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十]+\s*[）)]|[0-9]+[.、．]|第[一二三四五六七八九十]+)")


def indent(t):
    # The first line of each paragraph (after a line ending a sentence) indented as typeset.
    out, prev = [], ""
    for line in t.split("\n"):
        p = prev.rstrip()
        out.append("\u3000\u3000" + line if len(line.strip()) >= 10 and (not p or p[-1] in "。；;：:") else line)
        prev = line
    return "\n".join(out)


def run_together(t):
    # A paragraph that follows a finished sentence written on the same line (no heading moves).
    out = []
    for line in t.split("\n"):
        if out and out[-1].rstrip().endswith("。") and line.strip() and not HEADING.match(line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def page_measure(t):
    # Copied from a PDF: every line cut at a page's measure of 72 columns (a CJK character takes
    # two), wherever that falls.
    out = []
    for line in t.split("\n"):
        cur, cols = "", 0
        for ch in line:
            w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if cols + w > 72:
                out.append(cur)
                cur, cols = "", 0
            cur += ch
            cols += w
        out.append(cur)
    return "\n".join(out)


WAYS = {  # name: (rewrite, lines stay where they were)
    "crlf": (lambda t: t.replace("\n", "\r\n"), True),
    "trailing-spaces": (lambda t: "\n".join(l + "  " if l.strip() else l for l in t.split("\n")), True),
    "no-break-spaces": (lambda t: t.replace(" ", "\u00a0"), True),
    "bom": (lambda t: "\ufeff" + t, True),
    "traditional": (lambda t: "".join(to_trad.get(c, c) for c in t), True),
    "full-width-digits": (lambda t: re.sub(r"[0-9]", lambda m: chr(ord(m.group(0)) + 0xFEE0), t), True),
    "indent": (indent, True),
    "run-together": (run_together, False),
    "page-measure": (page_measure, False),
    # A page that breaks its line after every sentence.
    "sentence-lines": (lambda t: t.replace("。", "。\n"), False),
}
# Documents whose meaning a way changes, with why.
KNOWN = {
    # A sentence a line leaves a blank line after the count's sentence, which already ended its
    # line: the sentence of kinds below it is then in a paragraph of its own, not read as its list.
    ("sentence-lines", "kinds-next-line-error.txt"), ("sentence-lines", "kinds-lines-error.txt"),
    # Cut at a page's measure counted in columns: full-width digits are two columns wide, so the
    # lines are no longer cut at one measure and are not read as one paragraph.
    ("full-width-digits", "rc-short-wrapped.txt"), ("full-width-digits", "rc-short-wrapped-error.txt"),
    ("full-width-digits", "x-semicolon-at-measure-error.txt"),
    ("full-width-digits", "r7-page-break-blanks.txt"), ("full-width-digits", "r7-page-break-blanks-error.txt"),
    ("full-width-digits", "spaced-unit-chang-qi-error.txt"),
    # An appendix named in the middle of a paragraph is no longer at a line's start.
    ("run-together", "f-appendix-midway.txt"), ("run-together", "f-appendix-midway-error.txt"),
    # Not yet read when run together (misses, not false alarms): shares 占总体的比例 of a whole
    # two sentences back in the paragraph; a second statement of applications settled on the
    # line of the first; a second 其中 list whose items count 各1个 after a first 其中 list.
    ("run-together", "q-share-of-overall-error.txt"), ("run-together", "ra-settled-error.txt"),
    ("run-together", "rb-each-item-error.txt"),
    # Run together, a heading number that lost its 、 (「2依申请公开情况」) no longer opens a line, and
    # the reading that sees it there cannot (a page broken twice over).
    ("run-together", "numbering-bare-number.txt"),
    # A sentence a line: a lone share's whole, the list's whole of the sentence before, is read
    # on the share's own line only, as the count ending that sentence is.
    ("sentence-lines", "l22-share-after-channels-error.txt"),
    # Run together, the result counts of two sentences make one list, and on this document (two
    # of them one too many) their sum above the applications closed is true as well.
    ("run-together", "w-results-after-qizhong-comma-errors.txt"),
    # Run together, the flow goes on into the next sentence (受理58件…。已办结54件，结转下年度6件。),
    # and with no carry-over from last year named, 54+6 over 58 is the same slip found once more.
    ("run-together", "closed-restated-next-error.txt"),
    # Cut at 72 columns: a table row cut mid-row (tabs, bars, a cell a line), which no page's
    # text copy does; the old form's rows then read with a cell too few or too many.
    ("page-measure", "crlf-cells-one-per-line-error.txt"), ("page-measure", "d-units-in-cells-error.txt"),
    ("page-measure", "g-cells-one-per-line-error.txt"), ("page-measure", "g-label-variants-error.txt"),
    ("page-measure", "t-nbsp-cells-tsv-error.txt"), ("page-measure", "rc-table-body-sum.txt"),
    ("page-measure", "rc-table-body-sum-error.txt"), ("page-measure", "r11-header-word-label-error.txt"),
    ("page-measure", "r11-sheet-zero-rows-blank-subrows-error.txt"),
    # Cut at 72 columns: a number cut in two (「61⏎8.74万件」「占比5⏎5%」), which a page does not do.
    ("page-measure", "lists-statements-error.txt"), ("page-measure", "q-two-shares-paragraph-before-error.txt"),
    # Cut at 72 columns a text already cut at another measure: lines of one or two words between
    # (「电子邮⏎件申⏎请5件」), no longer one measure.
    ("page-measure", "rc-wrapped-share-cut-error.txt"), ("page-measure", "single-cut-word.txt"),
    ("page-measure", "x-cut-before-unit-error.txt"),
    # Cut at 72 columns inside a part's name (「…改进⏎措施等共五个部分」): the list is no longer one
    # line, and a list of parts is read on its line only (a miss, not a false alarm).
    ("page-measure", "parts-open-one-short-error.txt"), ("page-measure", "parts-pinyin-gloss-error.txt"),
    ("page-measure", "spaced-unit-chang-qi-error.txt"),
    ("page-measure", "wrap-cut-unit-alone-error.txt"), ("page-measure", "wrap-cut-count-chang.txt"),
    ("page-measure", "r7-page-break-blanks.txt"), ("page-measure", "r7-page-break-blanks-error.txt"),
    ("page-measure", "r7-page-fraction.txt"),
    ("page-measure", "r7-page-fraction-error.txt"),
    # A sentence a line, a text cut at a page's measure is no longer cut at one measure.
    ("sentence-lines", "wrapped-lines-errors.txt"), ("sentence-lines", "x-semicolon-at-measure-error.txt"),
    ("sentence-lines", "r7-page-break-blanks.txt"), ("sentence-lines", "r7-page-break-blanks-error.txt"),
    ("sentence-lines", "r7-page-fraction.txt"), ("sentence-lines", "r7-page-fraction-error.txt"),
    ("sentence-lines", "zm-share-cut-before-spaced-percent-error.txt"),
    # A sentence a line (misses, not read yet): a share in the sentence after its whole's; the
    # whole restated as 其余178件 in the sentence between; a total two blank lines above the line
    # of its kinds.
    ("sentence-lines", "q-share-sentence-after-whole-error.txt"), ("sentence-lines", "v-set-aside-error.txt"),
    ("sentence-lines", "rt-set-aside-rest-error.txt"), ("sentence-lines", "l26-set-aside-after-list-error.txt"),
    # A sentence a line (a miss): the flow of applications carried on into the next sentence is
    # read within one paragraph only, and a sentence a line makes each its own paragraph.
    ("sentence-lines", "l23-flow-two-sentences-error.txt"), ("sentence-lines", "pb-flow-answered-qizhong-error.txt"),
    ("sentence-lines", "l24-flow-carried-on-sentence-error.txt"), ("sentence-lines", "l24-flow-three-sentences-error.txt"),
    ("sentence-lines", "l24-results-of-applications-error.txt"), ("sentence-lines", "n-flow-results-next-sentence-error.txt"),
    ("sentence-lines", "l26-flow-another-carried-error.txt"), ("sentence-lines", "l26-results-carry-over-after-error.txt"),
    ("sentence-lines", "l27-flow-transposed-carry-on-error.txt"),
    # (The same miss when one line alone is cut at the measure, too few cut lines to be read as a
    # wrapped page: the break inside 「其中予以公⏎开51件」 ends the paragraph the flow is read in.)
    ("page-measure", "l24-flow-carried-on-sentence-error.txt"),
    ("sentence-lines", "m-kinds-after-colon-heading-error.txt"),
    # (Misses, not false alarms) kinds that make up the whole sentence after their count's, with no
    # marker, are read on the count's line only: a sentence a line, or the line cut inside them at
    # the measure (one cut line, not read as a wrapped page), leaves them unread.
    ("sentence-lines", "lj-next-sentence-kinds-error.txt"), ("page-measure", "lj-next-sentence-kinds-error.txt"),
    # (A miss of the second finding only: channels whose shares are of their own sum, on a line
    # of their own, are no longer held to the count of the sentence before; the channels' sum
    # against the applications received is still reported.)
    ("sentence-lines", "r7-shares-of-earlier-count-error.txt"),
    # A sentence a line (a false alarm, as before this way was listed): 「全市共受理…1320件,…。⏎
    # 市政府本级受理申请86件,…。⏎其中,同意公开720件,…」 reads the city's replies as dividing the
    # body's own 86 of the sentence right before, once the city's total is no longer on its line.
    ("sentence-lines", "v-levels-replies.txt"),
}


def findings(paths):
    p = subprocess.run([tally, "check", "--format", "json", "--jobs", "2", "--fail-on", "never", *paths],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"tally exited {p.returncode}: {p.stderr[:2000]}")
    out = {}
    for f in json.loads(p.stdout)["files"]:
        out[os.path.basename(f["path"])] = sorted(
            (x["location"]["line"], x["rule"]) for x in f["findings"] if x["severity"] in ("error", "warning"))
    return out


docs = sorted(os.path.join(d, n) for d in dirs for n in os.listdir(d) if n.endswith(".txt") and n != "expected.txt")
texts = {}
for path in docs:
    try:
        # (Line breaks made \n first: the ways below add to them; tally reads \r\n the same.)
        texts[path] = open(path, encoding="utf-8", newline="").read().replace("\r\n", "\n")
    except UnicodeDecodeError:
        pass  # a document in another encoding: the decoder's own tests cover it
names = [os.path.basename(p) for p in texts]
if len(set(names)) != len(names):
    sys.exit("two documents share a name")
base = findings(list(texts))
failures, compared = 0, 0
with tempfile.TemporaryDirectory(prefix="tally-metamorphic-") as tmp:
    for way, (rewrite, same_lines) in WAYS.items():
        folder = os.path.join(tmp, way)
        os.mkdir(folder)
        written = []
        for path, text in texts.items():
            changed = rewrite(text)
            if changed == text:
                continue
            out = os.path.join(folder, os.path.basename(path))
            with open(out, "w", encoding="utf-8", newline="") as fh:
                fh.write(changed)
            written.append(out)
        if not written:
            continue
        got = findings(written)
        for out in written:
            name = os.path.basename(out)
            want, have = base[name], got[name]
            if not same_lines:
                want, have = sorted(r for _, r in want), sorted(r for _, r in have)
            compared += 1
            if want != have and (way, name) not in KNOWN:
                failures += 1
                print(f"CHANGED {way} {name}: {want} -> {have}")
print(f"{len(texts)} documents, {len(WAYS)} ways, {compared} copies compared, {failures} changed what tally reports")
sys.exit(1 if failures else 0)
