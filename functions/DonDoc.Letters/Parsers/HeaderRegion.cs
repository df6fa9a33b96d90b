using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Parsers;

/// <summary>
/// The lines of page 1 above the body, where the header parts live (vietnamese-letters.md §1): from the
/// top to the "Kính gửi" line, or to where the body opens after the "Số:" line, or 45 lines at most.
/// </summary>
public sealed partial record HeaderRegion(int FirstLine, int EndLine, int EndOffset)
{
    private const int MaxLines = 45;

    // OCR and pdftotext wrap the body at the page width (~70–80 characters) while header parts are short
    // centred lines: three full-width lines in a row are body text.
    private const int FullWidth = 65;

    public static HeaderRegion Find(LetterText text)
    {
        var lines = text.Lines;
        var sawNumber = false;
        var limit = Math.Min(lines.Count, MaxLines);
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
            // Phụ lục I mục 6: the body of a decision opens with its "Căn cứ …" bases or "Điều 1."; no header
            // part starts so, and a short letter's signature block must not fall inside the header.
            if (sawNumber && (BodyOpener().IsMatch(folded) || IsPageBreak(folded) || OpensBodyText(text, i)))
            {
                return new HeaderRegion(0, i, line.Start);
            }
            sawNumber |= DocumentNumberParser.IsNumberLine(folded);
        }
        var end = limit < lines.Count ? lines[limit].Start : text.Text.Length;
        return new HeaderRegion(0, limit, end);
    }

    private static bool IsPageBreak(ReadOnlySpan<char> folded) =>
        folded.StartsWith("--- page break", StringComparison.Ordinal);

    // Three full-width lines in a row (blank lines between them ignored) open the body.
    private static bool OpensBodyText(LetterText text, int from)
    {
        var seen = 0;
        for (var k = from; k < text.Lines.Count && seen < 3; k++)
        {
            var length = text.Folded.AsSpan(text.Lines[k].Start, text.Lines[k].Length).Trim().Length;
            if (length == 0)
            {
                continue;
            }
            if (length < FullWidth || length >= 200)
            {
                return false;
            }
            seen++;
        }
        return seen == 3;
    }

    [GeneratedRegex(@"^(?:k[iy]nh\s*g[uư]i\b|[^\p{L}]{0,6}g[uư]i\s*:)")]
    internal static partial Regex KinhGui();

    [GeneratedRegex(@"^(?:can\s*cu\b|dieu\s*1\s*[.:]|noi\s*nhan\b)")]
    private static partial Regex BodyOpener();
}
