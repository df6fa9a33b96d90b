#!/usr/bin/env python3
"""Character error rate of OCR text against the text printed on the page. Standard library only.

CER = Levenshtein(ref, hyp) / len(ref), after normalisation: Unicode NFC, "--- PAGE BREAK ---" lines
and page numbers alone on a line removed, every run of whitespace made one space. The distance is exact
inside each differing stretch; difflib first aligns the long equal stretches (an exact full Levenshtein
on two 10,000-character texts is too slow in pure Python), so the figure is an upper bound that is tight
when the OCR keeps reading order.

usage: cer.py REF.txt HYP.txt [--body REF_BODY.txt] [--casefold] [--json]
  --body      also report the CER of the body alone: REF_BODY is the printed text from the first body
              paragraph to the last, before Nơi nhận; HYP is cut where that text starts and ends (the
              two-column header and closing, which OCR interleaves line by line, are then left out).
"""
import argparse
import difflib
import json
import re
import sys
import unicodedata


def normalise(t, casefold=False):
    t = unicodedata.normalize("NFC", t).replace("\f", "\n")
    t = re.sub(r"(?m)^\s*--- PAGE BREAK ---\s*$", " ", t)
    t = re.sub(r"(?m)^\s*\d{1,2}\s*$", " ", t)          # page numbers alone on a line
    t = re.sub(r"\s+", " ", t).strip()
    return t.casefold() if casefold else t


def levenshtein(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def distance(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    d = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace":
            la, lb = i2 - i1, j2 - j1
            d += levenshtein(a[i1:i2], b[j1:j2]) if la * lb <= 4_000_000 else max(la, lb)
        else:
            d += (i2 - i1) + (j2 - j1)
    return d


def cut_at(hyp, probe, last=False):
    """Where the stretch of hyp that best matches probe starts: the first words of the body (the
    earliest good match), or with last=True its last words (the latest good match: the closing phrase
    may quote a document the body cites earlier, and OCR may damage the last copy)."""
    cands, step = [], 200
    for off in range(0, max(1, len(hyp)), step):     # windows: SequenceMatcher finds one block per call
        window = hyp[off:off + step + len(probe)]
        m = difflib.SequenceMatcher(None, window, probe, autojunk=False).find_longest_match(
            0, len(window), 0, len(probe))
        if m.size >= 8:
            cands.append((m.size, off + m.a - m.b))
    if not cands:
        return 0
    best = max(c[0] for c in cands)
    good = [pos for size, pos in cands if size >= (0.7 if last else 0.9) * best]
    return max(0, max(good) if last else min(good))


def body_span(hyp, body):
    """The part of hyp that holds the body: from its first words to its last."""
    k = min(150, len(body) // 2)       # long probes: the subject line may repeat the body's first words
    start = cut_at(hyp, body[:k])
    tail = hyp[start:]
    if len(body) <= 120:
        return tail
    end = cut_at(tail, body[-k:], last=True) + k
    return tail[:end]


def cer(ref, hyp):
    d = distance(ref, hyp)
    return {"ref_chars": len(ref), "hyp_chars": len(hyp), "edits": d, "cer": round(d / max(1, len(ref)), 5)}


def main():
    ap = argparse.ArgumentParser(description="OCR character error rate")
    ap.add_argument("ref")
    ap.add_argument("hyp")
    ap.add_argument("--body")
    ap.add_argument("--casefold", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    ref = normalise(open(a.ref, encoding="utf-8").read(), a.casefold)
    hyp = normalise(open(a.hyp, encoding="utf-8").read(), a.casefold)
    res = {"page": cer(ref, hyp)}
    if a.body:
        body = normalise(open(a.body, encoding="utf-8").read(), a.casefold)
        res["body"] = cer(body, body_span(hyp, body))
    if a.json:
        json.dump(res, sys.stdout, ensure_ascii=False)
        print()
    else:
        for k, v in res.items():
            print(f"{k}: CER {100 * v['cer']:.2f}%  ({v['edits']} edits / {v['ref_chars']} chars; hyp {v['hyp_chars']})")


if __name__ == "__main__":
    main()
