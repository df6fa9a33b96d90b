using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the issuing body from the top-left header (Phụ lục I mục 2): upper-case lines above "Số:", with the
/// quốc hiệu and tiêu ngữ of the right column cut away when OCR ran the columns together. When a parent body
/// stands above ("UBND TỈNH X" / "SỞ Y TẾ") the issuer is the lower line; a wrapped name
/// ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM") is joined. With no header line left, the ký hiệu names the issuer
/// ("5176/BXD-PTĐT" → Bộ Xây dựng).
/// </summary>
public static partial class IssuerParser
{
    private static readonly string[] Continuations =
        ["tinh ", "thanh pho", "tp ", "tp.", "huyen ", "quan ", "xa ", "phuong ", "thi xa", "thi tran", "chinh phu", "nhan dan", "nha nuoc", "trung uong", "viet nam", "va "];

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
            var line = text.Lines[i];
            var candidate = LeftColumn(text, line, number);
            if (candidate is not null)
            {
                names.Add(candidate);
            }
        }
        var joined = JoinLowest(names);
        if (joined is not null)
        {
            return AgencyNames.Canonical(joined) ?? VietnameseCase.ToNormalCase(joined);
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
        var s = Spaces.Tidy(text.Text[line.Start..end], " .,;:-");
        if (s.Length < 2 || s.Contains(':') || !NameChars().IsMatch(s) || !VietnameseCase.IsUpper(s))
        {
            return null;
        }
        return s;
    }

    private static string? JoinLowest(List<string> names)
    {
        if (names.Count == 0)
        {
            return null;
        }
        var name = names[^1];
        for (var i = names.Count - 2; i >= 0; i--)
        {
            var above = names[i];
            var folded = Folding.Fold(name);
            var continues = Continuations.Any(c => folded.StartsWith(c, StringComparison.Ordinal))
                || !above.Contains(' ') || above.EndsWith('-') || above.EndsWith(',') || Folding.Fold(above).EndsWith(" va", StringComparison.Ordinal);
            if (!continues)
            {
                break;
            }
            name = above + " " + name;
        }
        return name;
    }

    // Where the right column (quốc hiệu, tiêu ngữ) starts on a line OCR ran together, or a lone "CỘNG".
    [GeneratedRegex(@"(?:\bc[o0]ng\s*h[o0]a\b|\bh[o0]a\s*xa\s*h[o0]i|\bd[o0]c\s*l[a4]p\b|^\s*c[o0]ng\s*$|\bso\s*:)")]
    private static partial Regex RightColumn();

    [GeneratedRegex(@"^[\p{L} ,.&\-()]+$")]
    private static partial Regex NameChars();
}
