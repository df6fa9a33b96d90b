using System.Globalization;
using System.Text.RegularExpressions;

namespace DonDoc.Ocr.Tesseract;

/// <summary>A PDF page's size in points (1/72 inch), as displayed (rotation applied).</summary>
internal readonly record struct PdfPageSize(double Width, double Height);

/// <summary>
/// What `pdfinfo -f 1 -l N` says about a PDF: its page count and the size of the first N pages. pdfinfo
/// opens the file the way pdftoppm will, so a PDF it cannot open is damaged or locked, and we say which.
/// </summary>
internal sealed partial record PdfInfo(int Pages, IReadOnlyList<PdfPageSize> Sizes)
{
    /// <summary>Parses pdfinfo's output; null when it holds no page count.</summary>
    public static PdfInfo? Parse(string output)
    {
        var pages = PagesLine().Match(output);
        if (!pages.Success)
        {
            return null;
        }
        var sizes = new SortedDictionary<int, PdfPageSize>();
        foreach (Match m in SizeLine().Matches(output))
        {
            var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var w = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var h = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            sizes[n] = new PdfPageSize(w, h);
        }
        foreach (Match m in RotLine().Matches(output))
        {
            var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (sizes.TryGetValue(n, out var s) && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) % 180 == 90)
            {
                sizes[n] = new PdfPageSize(s.Height, s.Width);
            }
        }
        return new PdfInfo(int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture), [.. sizes.Values]);
    }

    /// <summary>True when pdfinfo's complaint means the PDF needs a password.</summary>
    public static bool NeedsPassword(string stderr) =>
        stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^Pages:\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();

    [GeneratedRegex(@"^Page\s+(\d+)\s+rot:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex RotLine();
}
