using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The lines of page 1 above the body, where the header parts live (vietnamese-letters.md §1): from the
/// top to the "Kính gửi" line, or to the first long paragraph after the "Số:" line, or 45 lines at most.
/// </summary>
public sealed partial record HeaderRegion(int FirstLine, int EndLine, int EndOffset)
{
    public static HeaderRegion Find(LetterText text)
    {
        var lines = text.Lines;
        var sawNumber = false;
        var limit = Math.Min(lines.Count, 45);
        var hasNumber = false;
        for (var i = 0; i < limit && !hasNumber; i++)
        {
            hasNumber = DocumentNumberParser.IsNumberLine(text.Folded.AsSpan(lines[i].Start, lines[i].Length).Trim());
        }
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            var folded = text.Folded.AsSpan(line.Start, line.Length).Trim();
            if (KinhGui().IsMatch(folded))
            {
                return new HeaderRegion(0, i, line.Start);
            }
            // Without a "Số:" line (a news item, a bare body) the header ends at the first paragraph.
            if ((sawNumber && folded.Length >= 200) || (!hasNumber && folded.Length >= 150))
            {
                return new HeaderRegion(0, i, line.Start);
            }
            sawNumber |= DocumentNumberParser.IsNumberLine(folded);
        }
        var end = limit < lines.Count ? lines[limit].Start : text.Text.Length;
        return new HeaderRegion(0, limit, end);
    }

    [GeneratedRegex(@"^k[iy]nh\s*g[uư]i\b")]
    internal static partial Regex KinhGui();
}
