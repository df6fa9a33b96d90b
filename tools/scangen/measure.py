#!/usr/bin/env python3
"""Tesseract character error rate and seconds per page on scangen pages, at several resolutions.

For each letter and dpi: render with scangen.sh (fixed seed, vector PDF kept), OCR every page with
`OMP_THREAD_LIMIT=1 tesseract page.png - -l vie --psm 3`, one process at a time (so the timing is one
core's), and compare each page with the text of the same page of the vector PDF (pdftotext: what was
printed; the seal's ring text is dropped from it). Also the body-only CER of the whole letter
(cer.py --body). Prints a Markdown table. Run it on an otherwise idle machine.

usage: measure.py [--dpi 200,300] [--seed 42] [--repeat 3] [--work DIR] LABEL.json TEXT.txt [LABEL TEXT ...]
"""
import argparse
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cer  # noqa: E402


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", default="200,300")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--work", default="/tmp/scangen-measure")
    ap.add_argument("--repeat", type=int, default=3, help="tesseract runs per page; the median time counts")
    ap.add_argument("pairs", nargs="+")
    a = ap.parse_args()
    pairs = list(zip(a.pairs[0::2], a.pairs[1::2]))
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    rows, summary = [], {}
    for label, text in pairs:
        name = pathlib.Path(text).stem.split("_")[0]
        for dpi in (int(x) for x in a.dpi.split(",")):
            out = pathlib.Path(a.work) / f"{name}-{dpi}"
            run([str(HERE / "scangen.sh"), "--label", label, "--text", text, "--out", str(out),
                 "--seed", str(a.seed), "--dpi", str(dpi), "--formats", "png", "--keep-html"])
            pages = sorted(out.glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1]))
            ocr_pages = []
            for i, png in enumerate(pages, 1):
                times = []
                for _ in range(a.repeat):
                    t0 = time.perf_counter()
                    hyp = run(["tesseract", str(png), "-", "-l", "vie", "--psm", "3"], env=env).stdout
                    times.append(time.perf_counter() - t0)
                secs = statistics.median(times)
                ref = run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8",
                           str(out / "letter.pdf"), "-"]).stdout
                ref = "\n".join(x for x in ref.splitlines() if "★" not in x)
                r = cer.cer(cer.normalise(ref), cer.normalise(hyp))
                rows.append((name, dpi, i, r["ref_chars"], r["edits"], r["cer"], secs))
                summary.setdefault(dpi, []).append((secs, r["edits"], r["ref_chars"]))
                ocr_pages.append(hyp.replace("\f", "").rstrip())
            joined = out / "ocr.txt"
            joined.write_text("\n\n--- PAGE BREAK ---\n\n".join(ocr_pages) + "\n", encoding="utf-8")
            body = cer.normalise((out / "printed-body.txt").read_text(encoding="utf-8"))
            hyp_all = cer.normalise(joined.read_text(encoding="utf-8"))
            b = cer.cer(body, cer.body_span(hyp_all, body))
            rows.append((name, dpi, "body", b["ref_chars"], b["edits"], b["cer"], None))
    print("| letter | dpi | page | ref chars | edits | CER | s/page |")
    print("|---|---|---|---|---|---|---|")
    for n, d, p, rc, e, c, s in rows:
        print(f"| {n} | {d} | {p} | {rc} | {e} | {100 * c:.2f} % | {'' if s is None else f'{s:.2f}'} |")
    print()
    print("| dpi | pages | mean s/page | median s/page | CER over all pages |")
    print("|---|---|---|---|---|")
    for d, v in summary.items():
        secs = [x[0] for x in v]
        print(f"| {d} | {len(v)} | {statistics.mean(secs):.2f} | {statistics.median(secs):.2f} | "
              f"{100 * sum(x[1] for x in v) / sum(x[2] for x in v):.2f} % |")


if __name__ == "__main__":
    main()
