#!/usr/bin/env python3
"""Render a Vietnamese official letter (label JSON + its text) as a print-ready HTML page.

Layout follows Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính):
  - two-column header: issuing body (parent line, issuer in bold, short rule) + "Số:" (+ "V/v" for a
    công văn) on the left; quốc hiệu / tiêu ngữ (short rule) + place and date in italic on the right;
  - typed documents: type name and subject centred in bold under the header;
  - "Kính gửi:" (one line centred, or a dash list);
  - body paragraphs justified, first-line indent, Times-like serif 14 pt; tables as ruled tables;
  - Nơi nhận bottom left in small type, signature block bottom right (authority, title, blank space
    with signature and seal, name in bold); attachments (phụ lục, đề cương) on a new page.

Header fields come from the label (the truth); body, Nơi nhận and attachments from the text, with web
debris removed: markdown, metadata tables, header/closing tables of web copies, the letter repeated
twice, and the column layout and hard line wraps of pdftotext copies. Standard library only.

Usage: letter2html.py LABEL.json TEXT.txt [--seed N] [--no-seal] [--body-out F] [--body-only-out F]
"""
import argparse
import html
import json
import math
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field

TYPE_NAMES = {
    "ThongBao": "THÔNG BÁO", "QuyetDinh": "QUYẾT ĐỊNH", "KeHoach": "KẾ HOẠCH", "ChiThi": "CHỈ THỊ",
    "BaoCao": "BÁO CÁO", "ToTrinh": "TỜ TRÌNH", "NghiQuyet": "NGHỊ QUYẾT", "CongDien": "CÔNG ĐIỆN",
    "GiayMoi": "GIẤY MỜI",
}
# Phụ lục III abbreviations, for doc_type "Other".
TYPE_CODES = {
    "HD": "HƯỚNG DẪN", "CTr": "CHƯƠNG TRÌNH", "QyĐ": "QUY ĐỊNH", "QC": "QUY CHẾ", "PA": "PHƯƠNG ÁN",
    "ĐA": "ĐỀ ÁN", "DA": "DỰ ÁN", "BB": "BIÊN BẢN", "TC": "THÔNG CÁO", "KL": "KẾT LUẬN",
    "GGT": "GIẤY GIỚI THIỆU", "CĐ": "CÔNG ĐIỆN", "GM": "GIẤY MỜI", "TB": "THÔNG BÁO", "KH": "KẾ HOẠCH",
    "QĐ": "QUYẾT ĐỊNH", "CT": "CHỈ THỊ", "BC": "BÁO CÁO", "TTr": "TỜ TRÌNH", "NQ": "NGHỊ QUYẾT",
}
ALL_TYPE_WORDS = set(TYPE_NAMES.values()) | set(TYPE_CODES.values())

META_KEYS = ("Số hiệu", "Ngày ban hành", "Ngày có hiệu lực", "Loại văn bản", "Cơ quan ban hành",
             "Người ký", "Lĩnh vực", "Tình trạng", "Ngày công báo", "Số công báo", "Nơi ban hành",
             "Ngày hết hiệu lực", "Tình trạng hiệu lực", "Chức vụ", "Ngày đăng")

RE_SO = re.compile(r"^\s*Số\s*[:：.]|^\s*Số\s+\d+\s*-\s*[A-ZĐ]+/")
RE_PLACEDATE = re.compile(r"^[^\d,;:]{2,40},\s*ngày\b[^;]{0,40}?năm\s*\d{4}\s*\.?\s*$")
RE_DATE = re.compile(r"ngày\s*\d{0,2}\s*tháng\s*\d{0,2}\s*năm\s*\d{4}", re.I)
RE_VV = re.compile(r"^\s*V/v\b")
RE_QH = re.compile(r"CỘNG\s*H(?:OÀ|ÒA|OA)\s*XÃ\s*HỘI|Độc\s*lập\s*-?\s*Tự\s*do|ĐẢNG\s*CỘNG\s*SẢN\s*VIỆT\s*NAM", re.I)
RE_PARTY = re.compile(r"ĐẢNG\s*CỘNG\s*SẢN\s*VIỆT\s*NAM")
RE_KG = re.compile(r"^\s*Kính\s+gửi\b", re.I)
RE_NOINHAN = re.compile(r"^\s*Nơi\s+nhận\b", re.I)
RE_AUTH = re.compile(r"^\s*(T/M|TM|KT|TL|TUQ|Q)\s*\.\s*(\S.*)$")
RE_ROMAN = re.compile(r"^\s*[IVX]{1,5}\s*[.:]\s")
RE_LISTSTART = re.compile(r"^([-+–•]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,5}\.|Điều\s+\d)\s*")
TERMINAL = ".:;!?”\""


def nfc(s):
    return unicodedata.normalize("NFC", s)


def is_upper_line(s):
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def squash(s):
    """Comparable form: lower case, no markdown or punctuation, single spaces, HÒA/HOÀ unified."""
    s = nfc(s).lower().replace("oà", "òa").replace("oá", "óa").replace("uỷ", "ủy").replace("uý", "úy")
    s = re.sub(r"[*_~|#`\\]", " ", s)
    s = re.sub(r"[^\w/]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Ln:
    """One cleaned line: its text, its indentation in the source, and table cells if it is a table row."""
    text: str
    indent: int = 0
    cells: list = field(default=None)
    page: int = 0
    layout: bool = False


# ---------------------------------------------------------------- cleaning web and markdown debris

def demarkdown(s):
    s = re.sub(r"~~[^~]*~~\s*", "", s)                # struck-out text is not printed
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<!\()\*(?!\))", "", s)              # *italic* (keep the footnote mark "(*)")
    s = re.sub(r"^\s*#{1,6}\s+", "", s)                # headings
    s = re.sub(r"\\([\\.\-*_#()\[\]!+|])", r"\1", s)   # markdown escapes
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)         # images
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)     # links
    return s


def closing_cells(cells):
    """A web copy's closing table row: "| Nơi nhận: - A; - B; | KT. BỘ TRƯỞNG THỨ TRƯỞNG   Tên |"."""
    out = []
    for c in cells:
        if RE_NOINHAN.match(c):
            head, _, rest = c.partition(":")
            out.append(Ln("Nơi nhận:"))
            out += [Ln("- " + x.strip()) for x in re.split(r"(?:^|\s)[-–]\s+", rest) if x.strip()]
        else:
            out += [Ln(x.strip()) for x in re.split(r"\s{3,}", c) if x.strip()]
    return out


def is_layout(text):
    """A pdftotext -layout copy: indented, hard-wrapped lines (not markdown, not one line per paragraph)."""
    rows = [r for r in text.split("\n") if r.strip() and "|" not in r]
    if len(rows) < 10:
        return False
    wrapped = sum(1 for r in rows if r.rstrip()[-1:] not in TERMINAL and len(r.strip()) >= 50) / len(rows)
    indented = sum(1 for r in rows if len(r) - len(r.lstrip(" ")) >= 2) / len(rows)
    return wrapped > 0.35 and indented > 0.25


def clean_lines(text):
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", "    ")
    text = text.replace("ƣ", "ư").replace("Ƣ", "Ư")     # a PDF font-encoding artefact for ư
    layout = is_layout(text)
    out, page = [], 0
    for raw in text.split("\n"):
        if "\f" in raw:
            page += 1
            raw = raw.replace("\f", "")
        raw = raw.rstrip()
        indent = len(raw) - len(raw.lstrip(" "))
        s = demarkdown(raw)
        if re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", s) or re.fullmatch(r"\s*[-*_=]{3,}\s*", s):
            continue                                       # table rule, horizontal rule
        if "|" in s:
            cells = [re.sub(r"\s*-{3,}\s*", " ", c).strip() for c in s.strip().strip("|").split("|")]
            full = [c for c in cells if c]
            if not full:
                out.append(Ln(""))
                continue
            if any(full[0].startswith(k) for k in META_KEYS):
                continue                                   # metadata table of a web copy
            if any(RE_NOINHAN.match(c) for c in full):
                out += closing_cells(full)
                continue
            closing_row = len(full) == 2 and any(c.startswith("- ") or RE_AUTH.match(c)
                                                 or (is_upper_line(c) and len(c) < 60) for c in full)
            if len(full) >= 2 and not closing_row and not any(
                    RE_QH.search(c) or RE_SO.match(c) or RE_PLACEDATE.match(c) for c in full):
                out.append(Ln("   ".join(full), indent, [re.sub(r"\s+", " ", c) for c in cells], page))
                continue
            out += [Ln(re.sub(r"\s+", " ", c), indent, page=page) for c in full]
            continue
        s = re.sub(r"^\s*[*+•]\s+", "- ", s)               # bullets
        s = re.sub(r"^\s*-\s+(?=[a-zđ][.)]\s)", "", s)     # "- a. ..." (markdown list of a., b.)
        body = s.strip()
        if not body:
            out.append(Ln(""))
            continue
        if re.fullmatch(r"(\d{1,3}|-\s*\d{1,3}\s*-|=+\s*Trang\s*\d+\s*=+)", body) and (indent >= 12 or "=" in body):
            page += 1                                      # page number of a pdftotext copy
            continue
        # pdftotext -layout: two columns side by side, separated by a wide gap
        pos = indent
        for seg in re.split(r"(\s{5,})" if layout else r"(\s{10,})", s.strip()):
            if seg.strip():
                out.append(Ln(re.sub(r"\s+", " ", seg.strip()), pos, page=page))
            pos += len(seg)
    for x in out:
        x.layout = layout
    return out


# ---------------------------------------------------------------- finding the parts of the letter

def find_subject_end(lines, start, stop, subject):
    """Index of the last line that holds the label's subject, searching lines[start:stop]."""
    target = squash(subject or "")
    if len(target) < 8:
        return None
    joined, owners = "", []
    for i in range(start, stop):
        piece = squash(lines[i])
        if not piece:
            continue
        if joined:
            joined += " "
            owners.append(i)
        joined += piece
        owners.extend([i] * len(piece))
    for probe in (target, target[-40:]):
        pos = joined.find(probe)
        if pos >= 0:
            return owners[pos + len(probe) - 1]
    return None


def is_type_line(s):
    return is_upper_line(s) and not s.rstrip().endswith(":") and s.strip(" .").upper() in ALL_TYPE_WORDS


def header_end(lines, label):
    """Index of the first body line: after the header (Số, date, V/v, type, subject, Kính gửi)."""
    n = len(lines)
    first = next((i for i, s in enumerate(lines[:80]) if RE_SO.match(s) or RE_PLACEDATE.match(s)), None)
    if first is None:
        first = next((i for i, s in enumerate(lines[:80]) if RE_QH.search(s)), 0)
    w0, w1 = max(0, first - 12), min(n, first + 25)
    last, wrap_from, seen_type = -1, None, False
    for i in range(w0, w1):
        s = lines[i]
        typ = not seen_type and is_type_line(s)
        seen_type = seen_type or typ
        if RE_SO.match(s) or RE_VV.match(s) or RE_QH.search(s) or RE_PLACEDATE.match(s) or typ:
            last = max(last, i)
            if RE_VV.match(s) or typ:
                wrap_from = i
    subj = find_subject_end(lines, w0, w1, label.get("subject"))
    if subj is not None:
        last = max(last, subj)
    elif wrap_from is not None:      # a V/v or a subject under a type name wraps over short lines
        j = wrap_from + 1
        while j < w1 and lines[j] and len(lines[j]) < 90 and not (
                RE_KG.match(lines[j]) or RE_SO.match(lines[j]) or RE_PLACEDATE.match(lines[j])
                or RE_QH.search(lines[j]) or RE_LISTSTART.match(lines[j])):
            j += 1
        last = max(last, j - 1)
    i = last + 1
    # the header's own lines (issuer, a wrapped date) may follow in a column-by-column copy
    skip = {squash(label.get("subject") or ""), squash(label.get("issuer") or "")}
    while i < n and (not lines[i] or (len(squash(lines[i])) > 3 and (
            any(squash(lines[i]) in k for k in skip) or RE_PLACEDATE.match(lines[i])))):
        i += 1
    if i < n and RE_KG.match(lines[i]):
        i = skip_kinh_gui(lines, i, label)
    while i < n and not lines[i]:
        i += 1
    return i


def skip_kinh_gui(lines, i, label):
    allr = " ".join(squash(r) for r in label.get("recipients") or [])
    rest = re.sub(r"^\s*Kính\s+gửi\s*:?\s*", "", lines[i], flags=re.I)
    i += 1
    prev_open = rest.endswith((";", ",")) or not rest
    while i < len(lines):
        s = lines[i]
        if not s:
            i += 1
            continue
        q = squash(re.sub(r"^[-+–]\s*", "", s))
        known = bool(allr) and len(q) >= 4 and (q in allr or q[:25] in allr)
        listy = not allr and s.startswith(("-", "+", "–")) and len(s) < 140 and s.endswith((";", ".", ","))
        if known or listy or (prev_open and not allr and len(s) < 110 and s.endswith((";", "."))):
            prev_open = s.endswith((";", ","))
            i += 1
            continue
        break
    return i


def cut_repeat(lines, start):
    """A web copy may hold the letter twice: cut at the second copy of the first body paragraph."""
    first = next((i for i in range(start, len(lines)) if len(lines[i]) > 50), None)
    if first is None:
        return len(lines)
    probe = squash(lines[first])[:70]
    for j in range(first + 1, len(lines)):
        if squash(lines[j]).startswith(probe):
            k = j
            while k > start and (not lines[k - 1] or len(lines[k - 1]) < 90 and (
                    RE_SO.match(lines[k - 1]) or RE_QH.search(lines[k - 1]) or is_upper_line(lines[k - 1])
                    or RE_PLACEDATE.match(lines[k - 1]) or RE_VV.match(lines[k - 1])
                    or RE_KG.match(lines[k - 1]) or lines[k - 1].startswith(("-", "Kính")))):
                k -= 1
            return k
    return len(lines)


def body_end(lines, start, stop, label):
    signer = label.get("signer") or {}
    title = squash(signer.get("title") or "")
    name = squash(signer.get("name") or "")
    end = stop
    for i in range(start, stop):
        s = lines[i]
        if RE_NOINHAN.match(s) or (RE_AUTH.match(s) and is_upper_line(s)) \
                or (title and is_upper_line(s) and squash(s) == title) \
                or (name and squash(s) == name and i > start + 2):
            end = i
            break
    # trailing debris: short upper-case lines (a signature block without prefix), blank lines
    while end > start and (not lines[end - 1] or (is_upper_line(lines[end - 1]) and len(lines[end - 1]) < 70
                                                  and not lines[end - 1].endswith(":"))):
        end -= 1
    return end


def parse_closing(L, end, stop, label):
    """Nơi nhận items and signature lines of the closing (its two columns may be interleaved line by
    line in a pdftotext copy), and the index where an attachment (phụ lục, đề cương) begins."""
    lines = [x.text for x in L]
    name = squash((label.get("signer") or {}).get("name") or "")
    region_end = None
    for i in range(end, min(stop, end + 80)):
        q = squash(lines[i])
        if name and q and q.endswith(name) and len(q) <= len(name) + 12 and not lines[i].startswith(("-", "+")):
            region_end = i + 1
            break
    if region_end is None:
        region_end = next((i for i in range(end, stop) if len(lines[i]) > 150 or L[i].cells), stop)
    noi_nhan, sig, in_nn = [], [], False
    for i in range(end, region_end):
        s = lines[i]
        if not s or (name and squash(s).endswith(name) and len(squash(s)) <= len(name) + 12
                     and not s.startswith(("-", "+"))):
            continue
        if RE_NOINHAN.match(s):
            in_nn = True
            continue
        if is_upper_line(s) and len(s) < 90 and not s.startswith(("-", "+")):
            sig.append(s)
        elif in_nn and s.startswith(("-", "+", "–")):
            noi_nhan.append(re.sub(r"^[-+–]\s*", "", s))
        elif in_nn and noi_nhan and not noi_nhan[-1].endswith((";", ".")):
            noi_nhan[-1] += " " + s                     # a wrapped item
    att = region_end
    after_name = []
    while att < stop and (not lines[att] or (len(after_name) < 2 and is_upper_line(lines[att]) and len(lines[att]) < 60
                                              and not re.match(r"^(PHỤ LỤC|ĐỀ CƯƠNG|DANH MỤC|MẪU|BIỂU|KẾ HOẠCH)", lines[att]))):
        if lines[att]:
            after_name.append(lines[att])        # "PHÓ GIÁM ĐỐC SỞ ..." printed under the name
        att += 1
    rest = sum(len(s) for s in lines[att:stop])
    return noi_nhan, sig, after_name if region_end < stop else [], (att if rest > 200 else None)


# ---------------------------------------------------------------- header values from the label

def date_line(label):
    place, d = label.get("place"), label.get("issued_on")
    if not d:
        return None
    y, m, dd = (int(x) for x in d.split("-"))
    day = f"{dd:02d}" if dd < 10 else str(dd)
    mon = f"{m:02d}" if m < 3 else str(m)
    return f"{place + ', ' if place else ''}ngày {day} tháng {mon} năm {y}"


def signature_lines(label, sig_from_text):
    """Authority and title lines: from the text when they end with the label's title, else built."""
    signer = label.get("signer") or {}
    auth, title = signer.get("authority"), signer.get("title")
    title_up = title.upper() if title else None
    if sig_from_text and title_up:
        joined = " ".join(sig_from_text)
        m = re.search(r"\s*" + r"\W*\s*".join(map(re.escape, title_up.split())) + r"\W*$", joined)
        if m:
            head = joined[:m.start()].strip(" ,")
            parts = [p.strip() for p in re.split(r"\s(?=(?:T/M|TM|KT|TL|TUQ|Q)\.\s)", head) if p.strip()]
            if all(RE_AUTH.match(p) for p in parts):
                return parts + [title_up]
    if not title_up:
        return [s for s in sig_from_text if len(s) < 60][:3]
    if not auth:
        return [title_up]
    issuer = (label.get("issuer") or "")
    if auth == "KT":
        head = re.sub(r"^PHÓ\s+", "", title_up)
        if head == "THỨ TRƯỞNG":
            head = "BỘ TRƯỞNG"
        return [f"KT. {head}", title_up]
    if auth == "TM":
        body = re.sub(r"\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN)\b.*$", "",
                      issuer.upper().replace("UBND", "ỦY BAN NHÂN DÂN"))
        if title_up.startswith("PHÓ "):
            return [f"TM. {body}", f"KT. {title_up[4:]}", title_up]
        return [f"TM. {body}", title_up]
    head = "BỘ TRƯỞNG" if issuer.startswith("Bộ ") else (
        "CHỦ TỊCH" if re.match(r"(UBND|Ủy ban nhân dân)", issuer) else "THỦ TRƯỞNG CƠ QUAN")
    return [f"{auth}. {head}", title_up]


def parent_line(lines, label):
    """The line above the issuer in the printed header (e.g. 'UBND TỈNH LÀO CAI' above 'SỞ ...')."""
    issuer = label.get("issuer")
    if not issuer:
        return None
    target = squash(issuer)
    for i, s in enumerate(lines[:40]):
        q = squash(s)
        if not q or target not in q:
            continue
        m = re.search(re.escape(issuer.upper()), s.upper())
        if m and m.start() > 3:     # same line: "BỘ TÀI CHÍNH TỔNG CỤC THUẾ ..." -> text before the issuer
            before = s[:m.start()].strip(" |-")
            if is_upper_line(before) and not RE_QH.search(before):
                return before.upper()
        for k in range(i - 1, max(-1, i - 4), -1):
            p = lines[k]
            if not p or RE_QH.search(p):
                continue
            if is_upper_line(p) and len(p) < 60 and not RE_SO.match(p) and squash(p) not in target:
                return p.strip(" |").upper()
            break
        return None
    return None


# ---------------------------------------------------------------- paragraphs

def paragraphs(L, layout):
    """Items ('p', text) and ('table', rows) from cleaned lines, joining hard-wrapped lines."""
    items, cur = [], None

    def flush():
        nonlocal cur
        if cur is not None:
            items.append(("p", cur))
            cur = None

    base = {}                      # continuation indent of each page: the commonest indent of long lines
    if layout:
        for pg in {x.page for x in L}:
            ind = [x.indent for x in L if x.page == pg and len(x.text) >= 45 and not x.cells]
            base[pg] = max(set(ind), key=ind.count) if ind else 0
    for x in L:
        s = x.text
        if x.cells:
            flush()
            if items and items[-1][0] == "table":
                items[-1][1].append(x.cells)
            else:
                items.append(("table", [x.cells]))
            continue
        if not s:
            if cur is not None and (not layout or cur[-1:] in TERMINAL) and cur[-1:] in TERMINAL + ")":
                flush()
            continue
        if cur is None:
            cur, last_len = s, len(s)
            continue
        if layout:
            new = x.indent >= base.get(x.page, 0) + 3 or (cur[-1:] in TERMINAL + ")" and (RE_LISTSTART.match(s) or is_upper_line(s))) \
                or (is_upper_line(cur) != is_upper_line(s))
        else:
            heading = RE_LISTSTART.match(cur) and len(cur) < 100
            wrapped = last_len >= 60 and not heading and not RE_LISTSTART.match(s) and not is_upper_line(s)
            new = not (cur[-1:] not in TERMINAL and (s[0].islower() or s[0] in "“\"" or wrapped)
                       and not re.match(r"^[a-zđ][.)]\s", s) and not is_upper_line(cur))
        if new:
            flush()
            cur = s
        else:
            cur += " " + s
        last_len = len(s)
    flush()
    return items


# ---------------------------------------------------------------- rendering

def render_para(p, doc_type):
    e = html.escape(p)
    if is_upper_line(p) and len(p) < 160 and not RE_ROMAN.match(p) and not RE_LISTSTART.match(p):
        return f'<p class="center b">{e}</p>'
    if RE_ROMAN.match(p) or re.match(r"^(Chương|Mục|Phần)\s+[IVX\d]+", p) or (is_upper_line(p) and len(p) < 160):
        return f'<p class="b">{e}</p>'
    m = re.match(r"^(Điều\s+\d+[a-z]?\.)(.*)$", p)
    if m:
        return f'<p><b>{html.escape(m.group(1))}</b>{html.escape(m.group(2))}</p>'
    if doc_type in ("QuyetDinh", "NghiQuyet", "ChiThi") and re.match(r"^(Căn cứ|Theo đề nghị|Xét đề nghị)", p):
        return f'<p class="i">{e}</p>'
    if re.match(r"^\(.*\)$", p) and len(p) < 300:
        return f'<p class="center i">{e}</p>'
    return f"<p>{e}</p>"


def render_table(rows):
    width = max(len(r) for r in rows)
    # column widths follow the average length of their cells (a "TT" column stays narrow)
    avg = [sum(len(r[k]) if k < len(r) and r[k] else 0 for r in rows) / len(rows) for k in range(width)]
    w = [max(3.0, a) ** 0.75 for a in avg]
    cols = "".join(f'<col style="width:{100 * x / sum(w):.1f}%">' for x in w)
    out = [f'<table class="grid"><colgroup>{cols}</colgroup>']
    for k, r in enumerate(rows):
        tag = "th" if k == 0 and not any(re.match(r"^\d", c or "") for c in r[:1]) else "td"
        cells = "".join(f"<{tag}>{html.escape(c or '')}</{tag}>" for c in r + [""] * (width - len(r)))
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_items(items, doc_type, attachment=False):
    out = []
    for k, (kind, v) in enumerate(items):
        if kind == "table":
            out.append(render_table(v))
        elif attachment and k > 2 and is_upper_line(v) and re.match(r"^(ĐỀ CƯƠNG|PHỤ LỤC|DANH MỤC|MẪU|BIỂU)", v):
            out.append(f'<p class="center b att">{html.escape(v)}</p>')   # next attachment: new page
        elif attachment and k < 3 and is_upper_line(v):
            out.append(f'<p class="center b">{html.escape(v)}</p>')
        else:
            out.append(render_para(v, doc_type))
    return out


def items_text(items):
    out = []
    for kind, v in items:
        if kind == "p":
            out.append(v)
        else:
            out += ["   ".join(c for c in r if c) for r in v]
    return out


def seal_svg(issuer, place, rng):
    text = (issuer or "").upper()
    ring = f"{text} ★ {place.upper()} ★" if place and len(text) < 24 else f"{text} ★"
    size = max(13, min(24, int(430 / max(1, len(ring)) / 0.62)))
    rot = rng.uniform(-25, 25)
    # where the seal falls varies: over the signature, often touching the title or the name
    left, top = rng.uniform(0, 14), rng.uniform(-7, 1)
    # red ink from fresh to faint; in a grey scan a fresh seal is dark enough for OCR to drop the block
    ink = rng.choice(["#e05050", "#e87070", "#f08a8a", "#f08a8a", "#f4a0a0"])
    return f'''<svg class="seal" viewBox="0 0 200 200"
 style="left:{left:.1f}mm; top:{top:.1f}mm; transform: rotate({rot:.1f}deg)">
<defs><path id="ring" d="M100,100 m-72,0 a72,72 0 1,1 144,0 a72,72 0 1,1 -144,0"/></defs>
<circle cx="100" cy="100" r="94" fill="none" stroke="{ink}" stroke-width="5"/>
<circle cx="100" cy="100" r="56" fill="none" stroke="{ink}" stroke-width="2.5"/>
<text font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="{size}" font-weight="bold" fill="{ink}"
 dominant-baseline="middle"><textPath href="#ring" startOffset="1%" textLength="440"
 lengthAdjust="spacing">{html.escape(ring)}</textPath></text>
<polygon fill="{ink}" points="{star(100, 100, 30, 12)}"/></svg>'''


def star(cx, cy, r1, r2):
    pts = []
    for k in range(10):
        r = r1 if k % 2 == 0 else r2
        a = -math.pi / 2 + k * math.pi / 5
        pts.append(f"{cx + r * math.cos(a):.1f},{cy + r * math.sin(a):.1f}")
    return " ".join(pts)


def signature_svg(rng):
    x, y = 10.0, 45.0
    d = f"M{x:.0f},{y:.0f}"
    for _ in range(rng.randint(4, 7)):
        x2 = x + rng.uniform(12, 30)
        d += (f" C{x + rng.uniform(-10, 25):.0f},{y + rng.uniform(-45, 10):.0f}"
              f" {x2 + rng.uniform(-25, 10):.0f},{y + rng.uniform(-10, 40):.0f} {x2:.0f},{y + rng.uniform(-12, 12):.0f}")
        x = x2
    d += f" M{rng.uniform(5, 25):.0f},{rng.uniform(55, 70):.0f} Q{x / 2:.0f},{rng.uniform(60, 80):.0f} {x + 10:.0f},{rng.uniform(50, 65):.0f}"
    return (f'<svg class="sig" viewBox="0 0 {x + 20:.0f} 80"><path d="{d}" fill="none" stroke="#1a2a6a" '
            f'stroke-width="2.2" stroke-linecap="round"/></svg>')


CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: 'Liberation Serif', serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
html, body { margin: 0; padding: 0; }
body { font-family: 'Liberation Serif', 'Times New Roman', 'DejaVu Serif', serif; font-size: 14pt;
  line-height: 1.22; color: #000; }
table.hdr { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.hdr td { vertical-align: top; text-align: center; padding: 0; }
.issuer-parent { font-size: 13pt; }
.issuer { font-size: 13pt; font-weight: bold; }
.qh { font-size: 12.5pt; font-weight: bold; white-space: nowrap; }
.tn { font-size: 13.5pt; font-weight: bold; white-space: nowrap; }
.rule { border-top: 0.8pt solid #000; margin: 1pt auto 0 auto; height: 0; }
.so { font-size: 13pt; padding-top: 6pt !important; }
.vv { font-size: 12pt; margin: 2pt 6pt 0 6pt; }
.date { font-style: italic; font-size: 14pt; padding-top: 6pt !important; }
.stamp { display: inline-block; border: 1.6pt solid #000; font-weight: bold; font-size: 13pt;
  padding: 1pt 6pt; margin-top: 6pt; }
.type { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 16pt; }
.subject { text-align: center; font-weight: bold; font-size: 14pt; margin: 0 8%; }
.kg { margin: 14pt 0 8pt 0; }
.kg.one { text-align: center; margin-left: 6%; margin-right: 6%; }
.kg .list { margin-left: 25%; }
.body p { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
.body p.center { text-align: center; text-indent: 0; }
.b { font-weight: bold; } .i { font-style: italic; }
table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 6pt 0 10pt 0; }
table.grid th, table.grid td { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.grid th { font-weight: bold; text-align: center; }
table.closing { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 10pt;
  page-break-inside: avoid; }
table.closing td { vertical-align: top; padding: 0; }
.noinhan { font-size: 11pt; line-height: 1.15; }
.noinhan .h { font-size: 12pt; font-weight: bold; font-style: italic; }
.sign { text-align: center; font-size: 14pt; font-weight: bold; position: relative; }
.sign .space { height: 30mm; position: relative; }
svg.seal { position: absolute; width: 36mm; height: 36mm; opacity: 0.85; }
svg.sig { position: absolute; width: 44mm; height: 20mm; left: 22mm; top: 5mm; }
.att { page-break-before: always; }
"""


def build(label, text, seed, with_seal=True):
    rng = random.Random(seed)
    L = clean_lines(text)
    lines = [x.text for x in L]
    start = header_end(lines, label)
    stop = cut_repeat(lines, start)
    end = body_end(lines, start, stop, label)
    noi_nhan, sig_text, after_name, att = parse_closing(L, end, stop, label)
    party = any(RE_PARTY.search(x) for x in lines[:15])
    layout = bool(L) and L[0].layout
    body = paragraphs(L[start:end], layout)
    attachment = paragraphs(L[att:stop], layout) if att is not None else []

    doc_type = label.get("doc_type") or "Other"
    number = label.get("number")
    type_name = TYPE_NAMES.get(doc_type)
    if doc_type == "Other" and number:
        m = re.search(r"[/-]([A-Za-zĐđ]+)[-/]", number + "/")
        type_name = TYPE_CODES.get(m.group(1)) if m else None
    is_cv = type_name is None

    issuer = (label.get("issuer") or "").upper()
    parent = parent_line(lines, label)
    if number:
        m = re.match(r"^(\d+)([-/].*)$", number)
        # a number stamped into a blank leaves a gap after it in many printed letters: "3909 /BXD-PTĐT"
        shown = f"{m.group(1)} {m.group(2)}" if m and rng.random() < 0.35 else number
        so = f"Số: {shown}"
    else:
        so = "Số:        /"
    dline = date_line(label) or next((s for s in lines[:60] if RE_PLACEDATE.match(s)), "")
    subject = label.get("subject") or ""
    vv = subject if re.match(r"^(V/v|về việc)\b", subject, re.I) else f"V/v {subject}"
    urg, sec = label.get("urgency"), label.get("secrecy")

    h = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>letter</title>',
         f"<style>{CSS}</style></head><body>"]
    h.append('<table class="hdr"><colgroup><col style="width:42%"><col style="width:58%"></colgroup><tr><td>')
    if parent:
        h.append(f'<div class="issuer-parent">{html.escape(parent)}</div>')
    h.append(f'<div class="issuer">{html.escape(issuer)}</div><div class="rule" style="width:40%"></div>')
    if party:     # Đảng documents (Hướng dẫn 36-HD/VPTW): no quốc hiệu, "Số 45-CV/TU" without a colon
        h.append('<div style="font-weight:bold">*</div></td><td><div class="tn">ĐẢNG CỘNG SẢN VIỆT NAM</div>'
                 '<div class="rule" style="width:56%"></div>')
        so = so.replace("Số: ", "Số ")
    else:
        h.append('</td><td><div class="qh">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>'
                 '<div class="tn">Độc lập - Tự do - Hạnh phúc</div><div class="rule" style="width:56%"></div>')
    h.append(f'</td></tr><tr><td class="so">{html.escape(so)}')
    if is_cv and subject:
        h.append(f'<div class="vv">{html.escape(vv)}</div>')
    for stamp in (urg, sec):
        if stamp:
            h.append(f'<div><span class="stamp">{html.escape(stamp)}</span></div>')
    h.append(f'</td><td class="date">{html.escape(dline)}</td></tr></table>')
    if not is_cv:
        h.append(f'<div class="type">{html.escape(type_name)}</div>')
        if subject:
            h.append(f'<div class="subject">{html.escape(subject)}</div>')
        h.append('<div class="rule" style="width:22%; margin-top:2pt"></div>')

    recips = label.get("recipients") or []
    if len(recips) == 1:
        h.append(f'<div class="kg one">Kính gửi: {html.escape(recips[0])}.</div>')
    elif recips:
        items = "".join(f"<div>- {html.escape(r)}{'.' if k == len(recips) - 1 else ';'}</div>"
                        for k, r in enumerate(recips))
        h.append(f'<div class="kg"><div class="list"><div>Kính gửi:</div>{items}</div></div>')
    else:
        h.append('<div style="height:12pt"></div>')

    h.append('<div class="body">')
    h.extend(render_items(body, doc_type))
    h.append("</div>")

    generic_nn = not noi_nhan
    if generic_nn:
        noi_nhan = (["Như trên;"] if recips else []) + ["Lưu: VT."]
    sig = signature_lines(label, sig_text)
    name = (label.get("signer") or {}).get("name")
    h.append('<table class="closing"><colgroup><col style="width:48%"><col style="width:52%"></colgroup><tr>')
    h.append('<td class="noinhan"><div class="h">Nơi nhận:</div>')
    h.extend(f"<div>- {html.escape(x)}</div>" for x in noi_nhan)
    h.append('</td><td class="sign">')
    h.extend(f"<div>{html.escape(x)}</div>" for x in sig)
    h.append('<div class="space">')
    if with_seal and name:
        h.append(signature_svg(rng))
        h.append(seal_svg(label.get("issuer"), label.get("place"), rng))
    h.append("</div>")
    if name:
        h.append(f'<div class="name">{html.escape(name)}</div>')
    h.extend(f'<div style="font-weight:normal; font-size:13pt">{html.escape(x)}</div>' for x in after_name)
    h.append("</td></tr></table>")

    if attachment:
        h.append('<div class="att body">')
        h.extend(render_items(attachment, doc_type, attachment=True))
        h.append("</div>")
    h.append("</body></html>")
    printed = {"body": items_text(body), "attachment": items_text(attachment), "noi_nhan": noi_nhan,
               "generic_noi_nhan": generic_nn, "signature": sig + ([name] if name else []) + after_name, "party": party, "vv": vv,
               "number_shown": so, "date_line": dline, "parent": parent, "issuer": issuer,
               "type": type_name, "layout": layout}
    return "\n".join(h), printed


def printed_text(label, p):
    """What is printed on the pages, column by column (left header column, then right), for CER."""
    out = []
    if p["parent"]:
        out.append(p["parent"])
    if p["party"]:
        out += [p["issuer"], "*", "ĐẢNG CỘNG SẢN VIỆT NAM", p["number_shown"].replace("Số: ", "Số ")]
    else:
        out += [p["issuer"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", p["number_shown"]]
    subj = label.get("subject") or ""
    if p["type"] is None and subj:
        out.append(p["vv"])
    for stamp in (label.get("urgency"), label.get("secrecy")):
        if stamp:
            out.append(stamp)
    out.append(p["date_line"])
    if p["type"]:
        out += [p["type"], subj]
    recips = label.get("recipients") or []
    if len(recips) == 1:
        out.append(f"Kính gửi: {recips[0]}.")
    elif recips:
        out.append("Kính gửi:")
        out += [f"- {r}{'.' if k == len(recips) - 1 else ';'}" for k, r in enumerate(recips)]
    out += p["body"]
    out += ["Nơi nhận:"] + [f"- {x}" for x in p["noi_nhan"]]
    out += p["signature"]
    out += p["attachment"]
    return "\n".join(x for x in out if x) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("label")
    ap.add_argument("text")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-seal", action="store_true")
    ap.add_argument("--body-out", help="write the printed text (reading order) here, for CER")
    ap.add_argument("--body-only-out", help="write the printed body paragraphs alone here, for CER")
    ap.add_argument("--info-out", help="write what was found (JSON: generic Nơi nhận, layout text ...)")
    a = ap.parse_args()
    label = json.load(open(a.label, encoding="utf-8"))
    text = open(a.text, encoding="utf-8").read()
    page, printed = build(label, text, a.seed, not a.no_seal)
    sys.stdout.write(page)
    if a.body_out:
        with open(a.body_out, "w", encoding="utf-8") as f:
            f.write(printed_text(label, printed))
    if a.body_only_out:
        with open(a.body_only_out, "w", encoding="utf-8") as f:
            f.write("\n".join(printed["body"]) + "\n")
    if a.info_out:
        with open(a.info_out, "w", encoding="utf-8") as f:
            json.dump(printed, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
