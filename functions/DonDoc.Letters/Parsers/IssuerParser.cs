using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the issuing body from the top-left header (Phụ lục I mục 2): upper-case lines above "Số:", with the
/// quốc hiệu and tiêu ngữ of the right column cut away when OCR ran the columns together. When a parent body
/// stands above ("UBND TỈNH X" / "SỞ Y TẾ") the issuer is the lower one; a name wrapped over lines
/// ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM", "CỤC ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG") is
/// joined. With no header line left, the ký hiệu names the issuer ("5176/BXD-PTĐT" → Bộ Xây dựng).
/// </summary>
public static partial class IssuerParser
{
    public static string? Read(LetterText text, HeaderRegion header, NumberReading? number)
    {
        var lastLine = header.EndLine;
        if (number is not null)
        {
            for (var i = 0; i < header.EndLine; i++)
            {
                if (text.Lines[i].End >= number.Start)
                {
                    lastLine = i + 1;
                    break;
                }
            }
        }
        var names = new List<string>();
        for (var i = header.FirstLine; i < lastLine; i++)
        {
            var candidate = LeftColumn(text, text.Lines[i], number);
            if (candidate is not null && (NameChars().IsMatch(candidate) || CitedDecision(names, candidate)))
            {
                names.Add(candidate);
            }
        }
        var joined = LowestBody(names);
        if (joined is not null)
        {
            return Written(joined);
        }
        return number?.Code is { } code ? FromCode(code) : null;
    }

    /// <summary>The body named by a ký hiệu: the first code segment that is not a document type.</summary>
    public static string? FromCode(string code)
    {
        foreach (var segment in code.Split('/', '-'))
        {
            if (segment.Length == 0 || char.IsDigit(segment[0]) || DocTypeParser.FromTypeCode(segment) is not null)
            {
                continue;
            }
            return AgencyNames.FromCode(segment);
        }
        return null;
    }

    // The upper-case text of a header line once the right column and debris are cut off, or null.
    private static string? LeftColumn(LetterText text, TextLine line, NumberReading? number)
    {
        var end = line.End;
        if (number is not null && number.Start > line.Start && number.Start < line.End)
        {
            var so = text.Folded.AsSpan(line.Start, number.Start - line.Start).LastIndexOf("so");
            end = so < 0 ? number.Start : line.Start + so;
        }
        var folded = text.Folded[line.Start..end];
        var cut = RightColumn().Match(folded);
        if (cut.Success)
        {
            end = line.Start + cut.Index;
        }
        // pdftotext -layout keeps the two header columns apart by a wide gap.
        var gap = ColumnGap().Match(text.Text, line.Start, end - line.Start);
        if (gap.Success)
        {
            end = gap.Index + 1;
        }
        // A comma at the end is kept: it tells that the name goes on ("CỤC ĐỔI MỚI SÁNG TẠO,").
        var s = Spaces.Tidy(text.Text[line.Start..end], " .;:-_*'\"„“”|~^`").TrimStart(',', ' ');
        s = DropNoise(s);
        // "CỘNG HÒAXÃ HỘI …" cut at "HÒAXÃ HỘI" leaves the quốc hiệu's first word.
        if (s.Length < 2 || s.Contains(':') || !VietnameseCase.IsUpper(s) || RightColumn().IsMatch(Folding.Fold(s)))
        {
            return null;
        }
        return s;
    }

    // No Vietnamese syllable has more than 7 letters, and OCR joins two at most ("CHÍNHPHỦ"): longer tokens at
    // the end of a header line are noise ("TRƯỜNG EERENENEBRIEEEENNETNYNNG").
    private static string DropNoise(string s)
    {
        var words = s.Split(' ');
        var keep = words.Length;
        while (keep > 0 && words[keep - 1].Count(char.IsLetter) > 12)
        {
            keep--;
        }
        return keep == words.Length ? s : string.Join(' ', words[..keep]);
    }

    // An ad-hoc body is named by the decision that set it up: "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT".
    private static bool CitedDecision(List<string> names, string line)
    {
        var m = CitedNumber().Match(Folding.Fold(line));
        if (!m.Success || names.Count == 0)
        {
            return false;
        }
        var before = (Folding.Fold(names[^1]) + " " + m.Groups["before"].Value).TrimEnd();
        return before.EndsWith("quyet dinh", StringComparison.Ordinal);
    }

    // The names top to bottom form bodies: a line that starts with a kind of body (Bộ, Sở, Cục, Ủy ban…) starts
    // a new one unless the name above is unfinished ("… VÀ", "… ,", a lone kind word); any other line continues
    // the name above it. The issuer is the lowest body.
    private static string? LowestBody(List<string> names)
    {
        string? current = null;
        foreach (var name in names)
        {
            var startsBody = BodyKind().IsMatch(Folding.Fold(name));
            if (current is null || (startsBody && !Unfinished(current)))
            {
                current = name;
            }
            else
            {
                current += " " + name;
            }
        }
        return current;
    }

    private static bool Unfinished(string name)
    {
        var folded = Folding.Fold(name).TrimEnd();
        return !folded.Contains(' ') || folded.EndsWith(" va", StringComparison.Ordinal) || folded.EndsWith(',') || folded.EndsWith('-')
            || BareKind().IsMatch(folded);
    }

    // The name in normal case, its OCR-damaged words repaired; abbreviations stay as printed ("UBND tỉnh …").
    private static string Written(string upper)
    {
        var repaired = HeaderVocabulary.RepairUpper(upper);
        if (AgencyNames.Canonical(repaired) is { } known)
        {
            return known;
        }
        var s = KeepCodes(repaired, VietnameseCase.ToNormalCase(repaired));
        s = Abbreviation().Replace(s, m => m.Value.ToUpperInvariant());
        s = PartyCommittee().Replace(s, m => m.Groups[1].Value + " ủy");
        s = NamedCouncil().Replace(s, m => " " + VietnameseCase.Capitalize(m.Value.TrimStart()));
        // Phụ lục II mục II.7: a type name cited with its number takes a capital ("theo Quyết định số 1050/QĐ-SCT").
        s = CitedType().Replace(s, m => VietnameseCase.Capitalize(m.Value));
        return FieldCase(s.TrimEnd(',', ' ')).Replace("Công thương", "Công Thương", StringComparison.Ordinal);
    }

    // A code inside a name keeps its case: "… THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT".
    private static string KeepCodes(string printed, string cased)
    {
        var from = Spaces.Collapse(printed).Split(' ');
        var to = cased.Split(' ');
        if (from.Length != to.Length)
        {
            return cased;
        }
        for (var i = 0; i < to.Length; i++)
        {
            if (from[i].Any(char.IsDigit))
            {
                to[i] = from[i];
            }
        }
        return string.Join(' ', to);
    }

    // Phụ lục II mục II.3a: in a body's name the words for its kind and for each field of its work take a capital
    // ("Sở Nông nghiệp và Môi trường", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"); a place name
    // after a unit word is already cased.
    private static string FieldCase(string s)
    {
        var kind = KindPrefix().Match(s);
        if (!kind.Success)
        {
            return s;
        }
        var words = s.Split(' ');
        var capitalize = true;
        for (var i = kind.Value.Split(' ').Length; i < words.Length; i++)
        {
            if (PlaceUnit().IsMatch(Folding.Fold(words[i])))
            {
                break;
            }
            if (capitalize)
            {
                words[i] = VietnameseCase.Capitalize(words[i]);
            }
            capitalize = Folding.Fold(words[i]) == "va" || words[i].EndsWith(',');
        }
        return string.Join(' ', words);
    }

    // Where the right column (quốc hiệu, tiêu ngữ; "ĐẢNG CỘNG SẢN VIỆT NAM" on Party letters) starts on a line
    // OCR ran together, or a lone "CỘNG".
    [GeneratedRegex(@"(?:\bc[o0]ng\s*h[o0]a\b|\bh[o0]a\s*xa\s*h[o0]i|\bd[o0]c\s*l[a4]p\b|^\s*c[o0]ng\s*$|\bso\s*:|\bdang\s*c[o0]ng\s*san\b)")]
    private static partial Regex RightColumn();

    [GeneratedRegex(@"^[\p{L} ,.&\-()]+$")]
    private static partial Regex NameChars();

    [GeneratedRegex(@"\S\s{3,}\S")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(?<before>[\p{L} ]*?)\bso\s*\d+\s*[/\-][\p{L}\d/\-]+$")]
    private static partial Regex CitedNumber();

    // Kinds of issuing body a name begins with (Luật Tổ chức Chính phủ, chính quyền địa phương; Điều lệ Đảng).
    [GeneratedRegex(@"^(?:bo|so(?= \p{L})|cuc|tong cuc|chi cuc|vu|ban|phong|van phong|uy ban|ubnd|hoi dong|hdnd|thanh tra|cong an|kho bac|toa an|vien|chinh phu|thu tuong|quoc hoi|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo|doan|trung tam|benh vien|hoc vien|dai hoc|truong (?:dai hoc|cao dang|trung hoc|thpt|thcs|tieu hoc|mam non|chinh tri)|bao hiem|ngan hang|tap doan|tong cong ty|cong ty|to cong tac|mat tran|hoi|lien doan|chi nhanh|bo chi huy|bo tu lenh|tong lien doan|kiem toan)\b")]
    private static partial Regex BodyKind();

    // A kind of body with its name still to come on the next line.
    [GeneratedRegex(@"^(?:van phong|uy ban nhan dan|hoi dong nhan dan|uy ban|dang uy|ban)$")]
    private static partial Regex BareKind();

    [GeneratedRegex(@"(?<!\p{L})(?:Ubnd|Hđnd|Mttq|Tw|Bql|Thpt|Thcs|Tnhh|Htx|[Tt]p)(?!\p{L})")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^(?:Bộ|Sở|Cục|Tổng cục|Chi cục|Vụ|Ban|Văn phòng|Trung tâm|Phòng|Viện|Học viện)(?= )")]
    private static partial Regex KindPrefix();

    [GeneratedRegex(@"^(?:tinh|thanh|huyen|quan|xa|phuong|tp\.?|thi)$")]
    private static partial Regex PlaceUnit();

    [GeneratedRegex(@"^(Tỉnh|Thành|Huyện|Quận|Thị|Đảng) Ủy")]
    private static partial Regex PartyCommittee();

    [GeneratedRegex(@"(?<=\s)(?:quyết định|nghị quyết|kế hoạch|chỉ thị|thông báo|công văn)(?= số \d)")]
    private static partial Regex CitedType();

    [GeneratedRegex(@" (?:ủy ban nhân dân|hội đồng nhân dân)")]
    private static partial Regex NamedCouncil();
}
