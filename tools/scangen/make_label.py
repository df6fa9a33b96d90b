#!/usr/bin/env python3
"""Write the label of an OCR copy: the original's label with text_kind "ocr", source, derived_from,
source_url, and notes that say how the copy was made and which labelled values the OCR damaged.

The label keeps the true values (the labels are the truth); a value the OCR destroyed is named in the
notes. A value that is not even on the rendered page (printed.txt) is reported on stderr: then the
renderer dropped part of the letter and the label must be checked by hand. Standard library only.

usage: make_label.py --orig-label L.json --derived-from NAME --ocr NNN.txt --scan-dir DIR
                     --out NNN.expected.json [--note TEXT]
"""
import argparse
import difflib
import json
import re
import sys
import unicodedata


def nfc(s):
    return unicodedata.normalize("NFC", s)


def flat(s):
    """Whitespace removed, NFC, HÒA/HOÀ unified: for 'is this value in the text' checks."""
    s = nfc(s).replace("oà", "òa").replace("Oà", "Òa").replace("OÀ", "ÒA").replace("uỷ", "ủy")
    return re.sub(r"\s+", "", s)


def words(s):
    s = nfc(s).lower().replace("oà", "òa").replace("uỷ", "ủy")
    return re.sub(r"\s+", " ", re.sub(r"[^\w/\-]+", " ", s)).strip()


def present(value, text):
    return flat(value) in flat(text) or words(value) in words(text)


def closest(value, text):
    """The stretch of text (whole words) that reads most like value: how the OCR printed it."""
    toks = text.split()
    k = len(value.split())
    best, where = 0.0, None
    for n in {max(1, k - 1), k, k + 1}:
        for i in range(0, max(1, len(toks) - n + 1)):
            cand = " ".join(toks[i:i + n])
            r = difflib.SequenceMatcher(None, value, cand).ratio()
            if r > best:
                best, where = r, cand
    return where if best >= 0.75 else None


def date_patterns(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    days = {str(d), f"{d:02d}"}
    months = {str(m), f"{m:02d}"}
    return [f"ngày{dd}tháng{mm}năm{y}" for dd in days for mm in months]


def header_line(ocr, pattern, limit=25):
    for line in ocr.splitlines()[:limit]:
        if re.search(pattern, line):
            return line.strip()
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--orig-label", required=True)
    ap.add_argument("--derived-from", required=True)
    ap.add_argument("--ocr", required=True)
    ap.add_argument("--scan-dir", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--note", default="")
    a = ap.parse_args()

    orig = json.load(open(a.orig_label, encoding="utf-8"))
    ocr = open(a.ocr, encoding="utf-8").read()
    printed = open(f"{a.scan_dir}/printed.txt", encoding="utf-8").read()
    scan = json.load(open(f"{a.scan_dir}/scan.json", encoding="utf-8"))
    info = json.load(open(f"{a.scan_dir}/info.json", encoding="utf-8"))
    name = a.out.rsplit("/", 1)[-1].replace(".expected.json", "")

    damaged, missing_on_page = [], []

    def check(what, value, count=False):
        """count: the value is printed more than once (a name also in Nơi nhận): every copy must survive."""
        if not value:
            return
        if not present(value, printed):
            missing_on_page.append(f"{what} '{value}'")
        elif not present(value, ocr):
            seen = closest(value, ocr)
            damaged.append(f"{what} '{value}'" + (f" (OCR: '{seen}')" if seen else " (not found: lost or split)"))
        elif count and not any(flat(x).rstrip(".,;").endswith(flat(value)) for x in ocr.splitlines()):
            # the signature block is the right column: its lines end with the title or the name
            damaged.append(f"{what} '{value}' (read elsewhere on the page, not in the signature block)")

    num = orig.get("number")
    if num and not present(num, ocr):
        damaged.append(f"number '{num}' (OCR: '{header_line(ocr, r'S[ốôo6ỏõ]|/') or 'not found'}')")
    if orig.get("issued_on"):
        if not any(p in flat(ocr) for p in date_patterns(orig["issued_on"])):
            damaged.append(f"issue date {orig['issued_on']} (OCR: '{header_line(ocr, r'tháng|năm|ngày') or 'not found'}')")
    check("issuer", (orig.get("issuer") or "").upper())
    check("subject", orig.get("subject"))
    signer = orig.get("signer") or {}
    check("signer name", signer.get("name"), count=True)
    check("signer title", (signer.get("title") or "").upper(), count=True)
    for r in orig.get("recipients") or []:
        check("recipient", r)
    for ref in orig.get("references") or []:
        check("reference", ref.get("number"))
    for t in orig.get("tasks") or []:
        check("deadline text", t.get("deadline_text"))

    pages = scan["pages"]
    how = (f"OCR copy of {a.derived_from}: page set rendered by tools/scangen (Nghị định 30/2020 layout, "
           f"Liberation Serif; header, Kính gửi and signature block printed from the label, body from the "
           f"text without web debris) -> headless Chromium PDF -> {scan['dpi']} dpi grey raster -> scanner "
           f"noise seed {scan['seed']} (skew {', '.join(str(p['skew_deg']) for p in pages)} deg, blur, "
           f"speckle, JPEG q{'/'.join(str(p['jpeg_quality']) for p in pages)})"
           + (f", PNG with {a.note}" if a.note else "")
           + f"; {len(pages)} page(s) OCR'd with Tesseract 5.3 -l vie --psm 3, pages joined by "
           f"'--- PAGE BREAK ---'. A red seal and a signature stroke are drawn over the signature space.")
    notes = [how]
    if info.get("number_shown", "").replace("Số: ", "") != num and num:
        notes.append(f"The number is printed with a gap, as when stamped into a blank ('{info['number_shown']}').")
    if info.get("generic_noi_nhan"):
        notes.append("The source text has no Nơi nhận; a generic one (" + "; ".join(info["noi_nhan"]) + ") is printed.")
    if damaged:
        notes.append("Values the OCR damaged (the label keeps the true value): " + "; ".join(damaged) + ".")
    else:
        notes.append("Every labelled value checked (number, date, issuer, subject, signer, recipients, "
                     "references, deadline phrases) survives in the OCR text.")
    if not orig.get("source_url"):
        notes.append("The original has no source_url (a seed of the shared folder).")
    if orig.get("notes"):
        notes.append("Original label's notes (about the source text, not this scan): " + orig["notes"])

    label = {"source": f"{name}.txt", "source_url": orig.get("source_url"), "derived_from": a.derived_from}
    for k, v in orig.items():
        if k in ("source", "source_url", "derived_from"):
            continue
        label[k] = v
    for k in ("urgency", "secrecy"):           # every label has all keys (tests/corpus/README.md)
        label.setdefault(k, None)
    label["text_kind"] = "ocr"
    label["notes"] = " ".join(notes)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for m in missing_on_page:
        print(f"make_label: {name}: not on the rendered page: {m} -- check the label by hand", file=sys.stderr)
    print(f"make_label: {name}: {len(damaged)} damaged value(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
