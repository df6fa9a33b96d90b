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
    public static SignatureReading? Read(LetterText text, int bodyStart) =>
        ReadBlock(text, bodyStart) is { } reading ? SignerNameRepair.Repair(text, reading) : null;

    private static SignatureReading? ReadBlock(LetterText text, int bodyStart)
    {
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.End < bodyStart)
            {
                continue;
            }
            var m = Authority().Match(text.Text, line.Start, line.Length);
            if (m.Success && VietnameseCase.IsUpper(m.Groups["head"].Value))
            {
                if (SignatureCell.Read(text.Text[m.Index..line.End]) is { } cell)
                {
                    return new SignatureReading(cell.Name, cell.Title, cell.Authority, m.Index, line.End);
                }
                return SignatureBlock.Read(text, i, m.Index, atPrefix: true);
            }
        }
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.End < bodyStart)
            {
                break;
            }
            if (text.Original.AsSpan(line.Start, line.Length).Contains('|')
                && LastCell(text.Original.Substring(line.Start, line.Length)) is { } lastCell && SignatureCell.Read(lastCell) is { } cell)
            {
                return new SignatureReading(cell.Name, cell.Title, cell.Authority, line.Start, line.End);
            }
            if (!TitleWord().Match(text.Folded, line.Start, line.Length).Success)
            {
                continue;
            }
            var fragment = SignatureBlock.RightFragment(text.Text.Substring(line.Start, line.Length));
            if (fragment is null || !BareTitle().IsMatch(Folding.Fold(fragment)))
            {
                continue;
            }
            return SignatureBlock.Read(text, i, line.Start, atPrefix: false);
        }
        return null;
    }

    /// <summary>The contract's name of a printed prefix: "T/M" (Party letters) → TM, "KT" → KT.</summary>
    public static string Prefix(string printed) => printed.Replace("/", "").ToUpperInvariant();

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

    /// <summary>A person's name alone on a line or after a "Nơi nhận" item (see <see cref="SignerName"/>).</summary>
    public static string? PersonName(string raw) => SignerName.Find(raw);

    // Phụ lục I mục 7: "TM." (on behalf of a collective), "KT." (a deputy for the head), "TL." (by order),
    // "TUQ." (by delegation), "Q." (acting). OCR drops the period ("KT BỘ TRƯỞNG"); Party letters
    // (Hướng dẫn 36-HD/VPTW) write "T/M", "K/T", "T/L".
    [GeneratedRegex(@"(?<![\p{L}/])(?<prefix>TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/UQ)\s?[.,:]?\s+(?<head>[\p{Lu}][\p{Lu}\s,\-]{2,})")]
    private static partial Regex Authority();

    /// <summary>An authority prefix before an upper-case title, as in <see cref="Authority"/>.</summary>
    [GeneratedRegex(@"(?<![\p{L}/])(?<prefix>TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/UQ)(?:\s?[.,:]\s*|\s+)(?=\p{Lu})")]
    internal static partial Regex PrefixPattern();

    // A cheap test before a line's right-hand part is cut out: does it hold a title word at all?
    [GeneratedRegex(@"(?:thu\s+tuong|truong|chu\s+tich|giam\s+doc|chanh\s+|chu\s+nhiem|bi\s+thu|tong\s+thu\s+ky)\b")]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"^\s*(?:pho\s+)?(?:thu\s+tuong|bo\s+truong|chu\s+tich|giam\s+doc|chanh\s+van\s+phong|tong\s+cuc\s+truong|cuc\s+truong|chu\s+nhiem|truong\s+ban|bi\s+thu|vien\s+truong|hieu\s+truong|tong\s+giam\s+doc|chanh\s+an|tong\s+thu\s+ky|thu\s+truong|truong\s+phong|chi\s+cuc\s+truong)\b")]
    private static partial Regex BareTitle();
}

/// <summary>The signer's name, own title and authority prefix, and the span of the block.</summary>
public sealed record SignatureReading(string? Name, string? Title, string? Authority, int Start, int End);
