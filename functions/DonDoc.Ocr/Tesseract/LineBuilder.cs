namespace DonDoc.Ocr.Tesseract;

/// <summary>
/// Turns the words a tool grouped into lines into <see cref="OcrLine"/>s, one page at a time. A tool's "line"
/// may run across two columns: Tesseract reads "VĂN PHÒNG CHÍNH PHỦ" and "CỘNG HÒA XÃ HỘI…" as one line
/// when the header cells are close. Measured on the scan fixtures, gaps between the words of a body line
/// stay under 0.5 word heights (0.6 on a few stretched justified lines), while the gap between columns is
/// usually two heights or more; so a gap wider than <see cref="SplitGap"/> heights splits a line, and so
/// does a gap of more than <see cref="ColumnGap"/> heights, and 1.6 times the line's median gap, where
/// lines nearby split (the same column gutter, narrower on this line: "CỤC KỸ THUẬT AN TOÀN VÀ | CỘNG
/// HÒA…" with 0.8 heights between, "TỈNH LÀO | CỘNG HÒA" with 0.58, against 0.33 between its other words). A "|" read from a table rule
/// splits too. Specks at either end of a line (no letter or digit, low confidence) are dropped.
/// </summary>
internal static class LineBuilder
{
    /// <summary>A gap wider than this many (median) word heights separates side-by-side lines.</summary>
    public const double SplitGap = 1.4;

    /// <summary>A gap wider than this many heights splits a line where a nearby line has a wide gap.</summary>
    public const double ColumnGap = 0.5;

    /// <param name="lines">The words of each tool line, left to right.</param>
    /// <param name="scale">Multiplies coordinates (e.g. 1/dpi for inches, 1/72 for PDF points).</param>
    /// <param name="joinGap">
    /// Words closer than this many heights are one word: pdftotext cuts a word where glyphs of different heights
    /// meet ("C" "Ộ" "NG"); use a negative value for tools whose words are real words.
    /// </param>
    public static IReadOnlyList<OcrLine> Build(IReadOnlyList<IReadOnlyList<OcrWord>> lines, double scale, double joinGap)
    {
        var cleaned = lines.Select(Clean).Where(l => l.Count > 0).ToList();
        var gutters = cleaned.SelectMany(WideGaps).ToList();
        var result = new List<OcrLine>();
        foreach (var words in cleaned)
        {
            var height = Height(words);
            var middle = words.Average(w => w.Y + (w.Height / 2));
            var start = 0;
            for (var i = 1; i <= words.Count; i++)
            {
                if (i == words.Count || Splits(words, i, height, middle, gutters))
                {
                    var piece = Clean(words.Skip(start).Take(i - start).Where(w => !IsRule(w)).ToList());
                    if (piece.Count > 0)
                    {
                        result.Add(Line(piece, height * joinGap, scale));
                    }
                    start = i;
                }
            }
        }
        return result;
    }

    // Between words[i - 1] and words[i]?
    private static bool Splits(List<OcrWord> words, int i, double height, double middle, List<Gap> gutters)
    {
        var (left, right) = (words[i - 1], words[i]);
        var gap = right.X - left.Right;
        if (gap > SplitGap * height || IsRule(left) || IsRule(right))
        {
            return true;
        }
        // A justified line stretches all its gaps alike; a gutter stands out from the line's usual gap.
        return gap > ColumnGap * height
            && gap > 1.6 * MedianGap(words)
            && gutters.Any(g => Math.Abs(g.Middle - middle) < 5 * height && g.From < right.X && g.To > left.Right);
    }

    private static double MedianGap(List<OcrWord> words)
    {
        var gaps = Enumerable.Range(1, words.Count - 1).Select(i => words[i].X - words[i - 1].Right).Order().ToList();
        return gaps.Count == 0 ? 0 : gaps[gaps.Count / 2];
    }

    private static IEnumerable<Gap> WideGaps(List<OcrWord> words)
    {
        var height = Height(words);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].X - words[i - 1].Right > SplitGap * height)
            {
                yield return new Gap(words[i - 1].Right, words[i].X, (words[i].Y + words[i - 1].Y + height) / 2);
            }
        }
    }

    // Empty words and the specks at either end of a line or piece.
    private static List<OcrWord> Clean(IReadOnlyList<OcrWord> words)
    {
        var kept = words.Where(w => w.Text.Trim().Length > 0).ToList();
        // A dash or plus before a word is a list marker, however faintly printed: keep it.
        while (kept.Count > 0 && IsSpeck(kept[0]) && !(kept.Count > 1 && kept[0].Text.Trim() is "-" or "+" or "–" or "•"))
        {
            kept.RemoveAt(0);
        }
        while (kept.Count > 0 && IsSpeck(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }
        return kept;
    }

    // "_", "'", "-" read from dust at a line's edge: no letter or digit and a low confidence. A list dash is read with confidence.
    private static bool IsSpeck(OcrWord w) => w.Confidence < 0.6 && !w.Text.Any(char.IsLetterOrDigit);

    private static bool IsRule(OcrWord w) => w.Text.Trim() is "|" or "||" or "¦";

    private static double Height(List<OcrWord> words)
    {
        var heights = words.Select(w => w.Height).Order().ToList();
        return heights[heights.Count / 2];
    }

    private static OcrLine Line(List<OcrWord> words, double join, double scale)
    {
        var text = new System.Text.StringBuilder();
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue, conf = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i > 0 && w.X - words[i - 1].Right >= join)
            {
                text.Append(' ');
            }
            text.Append(w.Text.Trim());
            left = Math.Min(left, w.X);
            top = Math.Min(top, w.Y);
            right = Math.Max(right, w.Right);
            bottom = Math.Max(bottom, w.Bottom);
            conf += w.Confidence;
        }
        return new OcrLine(text.ToString(), left * scale, top * scale, (right - left) * scale, (bottom - top) * scale,
            Math.Round(conf / words.Count, 3));
    }

    private readonly record struct Gap(double From, double To, double Middle);
}
