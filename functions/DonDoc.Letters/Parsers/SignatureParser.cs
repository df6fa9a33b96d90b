using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// Reads the signature block (Phụ lục I mục 7): "&lt;PREFIX&gt;. &lt;HEAD'S TITLE&gt;" / "&lt;SIGNER'S TITLE&gt;" / name,
/// where the prefix is TM, KT, TL, TUQ or Q (OCR often drops the period), or a bare title ("THỦ TƯỚNG") then
/// the name. The signer's title is the line right above the name. OCR of a two-column footer puts the block
/// at the end of the "Nơi nhận" lines ("- Như trên; PHÓ CHỦ NHIỆM"); the right-hand part is taken.
/// </summary>
public static partial class SignatureParser
{
    private const int Window = 14;

    public static SignatureReading? Read(LetterText text, int bodyStart)
    {
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.End < bodyStart)
            {
                continue;
            }
            var raw = text.Text.Substring(line.Start, line.Length);
            var m = Authority().Match(raw);
            if (m.Success && VietnameseCase.IsUpper(m.Groups["head"].Value))
            {
                if (SignatureCell.Read(raw[m.Index..]) is { } cell)
                {
                    return new SignatureReading(cell.Name, cell.Title, cell.Authority, line.Start + m.Index, line.End);
                }
                var (title, name, end) = TitleAndName(text, i + 1, fallbackTitle: m.Groups["head"].Value);
                return new SignatureReading(name, title, m.Groups["prefix"].Value, line.Start + m.Index, end);
            }
        }
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.End < bodyStart)
            {
                break;
            }
            if (LastCell(text.Original.Substring(line.Start, line.Length)) is { } lastCell && SignatureCell.Read(lastCell) is { } cell)
            {
                return new SignatureReading(cell.Name, cell.Title, cell.Authority, line.Start, line.End);
            }
            var raw = RightPart(text.Text.Substring(line.Start, line.Length));
            if (raw is null || !BareTitle().IsMatch(Folding.Fold(raw)))
            {
                continue;
            }
            var (title, name, end) = TitleAndName(text, i, fallbackTitle: raw);
            return new SignatureReading(name, title, null, line.Start, end);
        }
        return null;
    }

    // The last non-empty cell of a table row ("| … | THỦ TƯỚNG     Phạm Minh Chính |"), or null for a line without cells.
    private static string? LastCell(string line)
    {
        if (!line.Contains('|'))
        {
            return null;
        }
        var cells = line.Split('|').Select(c => c.Replace("*", "").Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count > 0 ? cells[^1] : null;
    }

    private static (string? Title, string? Name, int End) TitleAndName(LetterText text, int from, string fallbackTitle)
    {
        string? title = null;
        string? name = null;
        var end = text.Lines[Math.Min(from, text.Lines.Count - 1)].End;
        for (var k = from; k < text.Lines.Count && k < from + Window; k++)
        {
            var line = text.Lines[k];
            var raw = text.Text.Substring(line.Start, line.Length);
            if (raw.Trim().Length == 0)
            {
                continue;
            }
            var right = RightPart(raw);
            if (right is not null && name is null)
            {
                if (title is not null && right.Split(' ').Length == 1 && JoinsTitle(title))
                {
                    title += " " + right; // "BỘ TRƯỞNG, CHỦ" / "NHIỆM": a web table cell split in two
                }
                else
                {
                    title = right;
                }
                end = line.End;
                continue;
            }
            if (PersonName(raw) is { } person)
            {
                name = person;
                end = line.End;
                break;
            }
        }
        title ??= fallbackTitle;
        return (VietnameseCase.ToNormalCase(Spaces.Tidy(title)), name, end);
    }

    private static bool JoinsTitle(string title) => title.TrimEnd().Split(' ')[^1].Length <= 4;

    // The upper-case title at the end of a line, after any "Nơi nhận" text on its left.
    private static string? RightPart(string raw)
    {
        var m = UpperTail().Match(raw);
        if (!m.Success)
        {
            return null;
        }
        var s = Spaces.Tidy(m.Value, " .,;:-");
        return s.Length >= 3 && VietnameseCase.IsUpper(s) && s.Any(char.IsLetter) && !Folding.Fold(s).Contains("noi nhan") ? s : null;
    }

    /// <summary>A person's name: 2–5 capitalised words at the end of a line (upper-case names are re-cased).</summary>
    public static string? PersonName(string raw)
    {
        var s = raw.Trim().Trim('.', ',', ';', ':', '|');
        var m = NameTail().Match(s);
        if (!m.Success)
        {
            return null;
        }
        var name = m.Value.Trim();
        var words = name.Split(' ');
        var whole = name.Length == s.Length && !raw.TrimStart().StartsWith('-');
        var beforeName = s[..^name.Length];
        var separated = beforeName.EndsWith("  ", StringComparison.Ordinal) || beforeName.TrimEnd().EndsWith(';');
        if (words.Length < 2 || words.Length > 5 || (!whole && !(separated && Surnames.IsSurname(words[0]))))
        {
            return null;
        }
        if (NotName().IsMatch(Folding.Fold(name)))
        {
            return null;
        }
        return VietnameseCase.IsUpper(name) ? string.Join(' ', words.Select(w => VietnameseCase.Capitalize(w.ToLowerInvariant()))) : name;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<prefix>TM|KT|TL|TUQ|Q)\s?[.,:]?\s+(?<head>[\p{Lu}][\p{Lu}\s,\-]{2,})")]
    private static partial Regex Authority();

    [GeneratedRegex(@"(?:^|(?<=[;:,]\s*)|(?<=\s{2,}))[\p{Lu}][\p{Lu}\s,\-]*$")]
    private static partial Regex UpperTail();

    [GeneratedRegex(@"(?:^|(?<=\s))(?:[\p{Lu}][\p{Ll}\p{Lu}]*\s){1,4}[\p{Lu}][\p{Ll}\p{Lu}]*$")]
    private static partial Regex NameTail();

    [GeneratedRegex(@"^\s*(?:pho\s+)?(?:thu\s+tuong|bo\s+truong|chu\s+tich|giam\s+doc|chanh\s+van\s+phong|tong\s+cuc\s+truong|cuc\s+truong|chu\s+nhiem|truong\s+ban|bi\s+thu|vien\s+truong|hieu\s+truong|tong\s+giam\s+doc|chanh\s+an|tong\s+thu\s+ky|thu\s+truong|truong\s+phong|chi\s+cuc\s+truong)\b")]
    private static partial Regex BareTitle();

    [GeneratedRegex(@"\b(?:nhu tren|luu|noi nhan|van thu|bo |so |ubnd|uy ban|cong hoa|viet nam|chinh phu|trung uong|thanh pho|ha noi|doc lap|ky boi|email|co quan)\b")]
    private static partial Regex NotName();
}

/// <summary>The signer's name, own title and authority prefix, and the span of the block.</summary>
public sealed record SignatureReading(string? Name, string? Title, string? Authority, int Start, int End);
