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
            var reading = ParseCode(rest, from);
            if (reading is not null)
            {
                return reading;
            }
            return new NumberReading(null, Spaces.Collapse(rest), from, 0);
        }
        return null;
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
        var code = Regex.Replace(m.Groups["code"].Value, @"\s+", "");
        code = SplitJoinedPlace(code);
        code = code.TrimEnd('.', '-', '/');
        if (!code.Contains('/') || !HasLetter(code))
        {
            return null;
        }
        var start = m.Groups["code"].Index;
        return new NumberReading(code, code, offset + start, RawLength(s, start, code.Length));
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
    [GeneratedRegex(@"^\s*(?:[\p{L}\d.]{0,12}\s+)?so\s*(?:hieu)?\s*[:.;]?\s*(?=[^\s]{0,8}\s*[/\-])")]
    private static partial Regex SoLabel();

    [GeneratedRegex(@"^\s*(?<code>\d{1,6}[a-zA-Z]?(?:\s{0,4}[/\-]\s{0,2}(?:\d{4}\b|[\p{L}\d&.]*\p{L}[\p{L}\d&.]*))+)")]
    private static partial Regex Code();

    [GeneratedRegex(@"([\p{Lu}]{2,})[\p{Lu}][\p{Ll}]+$")]
    private static partial Regex JoinedPlace();
}

/// <summary>A number read from the header: the code (null when unreadable), the raw text, and its span.</summary>
public sealed record NumberReading(string? Code, string Raw, int Start, int Length);
