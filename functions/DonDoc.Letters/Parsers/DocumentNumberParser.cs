using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the letter's own số and ký hiệu from the header line "Số: 382/TB-VPCP" (Nghị định 30/2020, Phụ lục I
/// mục 3: "Số" then the number, a slash, and the ký hiệu). Tolerates OCR and web damage seen in real letters:
/// spaces around the slash ("3909 /BXD-PTĐT"), bold markers, and the place joined to the code ("PTĐTHà Nội").
/// </summary>
public static partial class DocumentNumberParser
{
    /// <summary>The number as printed with spaces removed and where it stands, or null when no "Số:" line holds one.</summary>
    public static NumberReading? Read(LetterText text, HeaderRegion header)
    {
        NumberReading? loose = null;
        for (var i = header.FirstLine; i < header.EndLine; i++)
        {
            var line = text.Lines[i];
            var folded = text.Folded.Substring(line.Start, line.Length);
            var m = SoLabel().Match(folded);
            if (!m.Success)
            {
                continue;
            }
            var from = line.Start + m.Index + m.Length;
            var rest = text.Text.Substring(from, line.End - from);
            var reading = ParseCode(rest, from) ?? new NumberReading(null, Spaces.Collapse(rest), from, 0);
            reading = Continued(text, i, reading);
            // Phụ lục I mục 3 prints "Số:" with a colon; "SỐ 1050/QĐ-SCT" without one is usually part of a name
            // ("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ …"), so a "Số:" line further down is the letter's own number.
            if (m.Groups["colon"].Success)
            {
                return reading;
            }
            if (loose is null || (loose.Code is null && reading.Code is not null))
            {
                loose = reading;
            }
        }
        return loose;
    }

    // A joint document lists every issuer's code and wraps the ký hiệu: "24/HDLN-BCA-BQP-BYT-" / "BCT-BTC-VKSNDTC".
    private static NumberReading Continued(LetterText text, int lineIndex, NumberReading reading)
    {
        var after = reading.Start + reading.Length;
        var line = text.Lines[lineIndex];
        var wrapped = after < line.End && text.Text[after] == '-' && (after + 1 == line.End || char.IsWhiteSpace(text.Text[after + 1]));
        if (reading.Code is null || !wrapped || lineIndex + 1 >= text.Lines.Count)
        {
            return reading;
        }
        var next = text.Lines[lineIndex + 1];
        var m = CodeTail().Match(text.Text, next.Start, next.Length);
        if (!m.Success)
        {
            return reading;
        }
        return reading with { Code = reading.Code + "-" + DocumentCode.Normalize(m.Groups[1].Value).TrimEnd('-'), Length = m.Index + m.Length - reading.Start };
    }

    /// <summary>True for a folded header line that starts with "Số:" and a code.</summary>
    public static bool IsNumberLine(ReadOnlySpan<char> folded) => SoLabel().IsMatch(folded);

    /// <summary>Reads a document code such as "382/TB-VPCP", "06-NQ/TW" or "18/2020/QĐ-TTg" at the start of <paramref name="s"/>.</summary>
    public static NumberReading? ParseCode(string s, int offset)
    {
        var m = Code().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var printed = GluedDate().Replace(SplitJoinedPlace(Regex.Replace(m.Groups["code"].Value, @"\s+", "")), "").TrimEnd('.', '-', '/');
        if (!printed.Contains('/') || !HasLetter(printed))
        {
            return null;
        }
        var start = m.Groups["code"].Index;
        var code = DocumentCode.Normalize(DoubleDash().Replace(printed, "-"));
        return new NumberReading(code, code, offset + start, RawLength(s, start, printed.Length));
    }

    // How many characters of the raw text the code took, spaces included ("3909 /BXD-PTĐT" of "3909 /BXD-PTĐTHà").
    private static int RawLength(string s, int start, int codeLength)
    {
        var i = start;
        for (var taken = 0; i < s.Length && taken < codeLength; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                taken++;
            }
        }
        return i - start;
    }

    // "PTĐTHà": the place begins where capitals are followed by a capital and a lower-case letter.
    private static string SplitJoinedPlace(string code)
    {
        var m = JoinedPlace().Match(code);
        return m.Success ? code[..(m.Index + m.Groups[1].Length)] : code;
    }

    private static bool HasLetter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    // "Số:", "Số :", "so:", "Số hiệu:" at the start of a line (after debris), or "Số:" after a column gap.
    // "{1,12}" and the atomic group match exactly what "{0,12}" and plain loops did, without retrying every split
    // of a long run of spaces between the loops (a blank 1 MB line took minutes; speed work).
    [GeneratedRegex(@"^\s*(?:[\p{L}\d.]{1,12}\s+)?so(?>\s*(?:hieu)?\s*(?:(?<colon>[:;])|\.)?\s*)(?=[^\s]{0,8}\s*[/\-])")]
    private static partial Regex SoLabel();

    [GeneratedRegex(@"\G\s*([A-ZĐА-Я][A-Za-zĐđА-Яа-я\d]*(?:-[A-Za-zĐđА-Яа-я\d]+)*-?)\s*$")]
    private static partial Regex CodeTail();

    [GeneratedRegex(@"^\s*(?<code>\d{1,6}[a-zA-Z]?(?:(?:[ \t]{0,8}/|[ \t]{0,4}-(?:[ \t]*-)?)(?:[ \t]{0,2}|[ \t]*\n[ \t]*)(?:\d{4}\b|[\p{L}\d&.]*\p{L}[\p{L}\d&.]*))+)")]
    private static partial Regex Code();

    // OCR doubles a hyphen at a line end: "950/QĐ- -TTg".
    [GeneratedRegex(@"-{2,}")]
    private static partial Regex DoubleDash();

    // OCR drops the space before the date: "105/2009/QĐ-TTgngày", "62/2025/NĐ-CPNGÀY".
    [GeneratedRegex(@"(?<=\p{L}{2})(?:ngày|NGÀY|ngay|NGAY)$")]
    private static partial Regex GluedDate();

    [GeneratedRegex(@"([\p{Lu}]{2,})[\p{Lu}][\p{Ll}]+$")]
    private static partial Regex JoinedPlace();
}

/// <summary>A number read from the header: the code (null when unreadable), the raw text, and its span.</summary>
public sealed record NumberReading(string? Code, string Raw, int Start, int Length);
