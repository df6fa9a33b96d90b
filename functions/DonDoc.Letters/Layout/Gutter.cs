namespace DonDoc.Letters.Layout;

/// <summary>
/// Finds where a two-column part of a page splits: the vertical line x = <see cref="X"/> in the middle band
/// of the page that the longest run of lines (taken in the given order, from the first) does not cross,
/// with lines on both sides of it. The header of a letter (Phụ lục I, Nghị định 30/2020: issuer, Số, V/v
/// on the left; quốc hiệu, tiêu ngữ, place and date on the right) is such a run; so is its closing (Nơi
/// nhận on the left, the signature on the right). The run ends at the first line that crosses the gutter:
/// "Kính gửi", a centred title or a full-width body line.
/// </summary>
internal sealed record Gutter(double X, int Count)
{
    private const int Samples = 200;

    /// <summary>The gutter with the longest run of at least <paramref name="minLines"/> lines, or null.</summary>
    public static Gutter? Find(IReadOnlyList<LayoutLine> lines, double pageWidth, int minLines)
    {
        var counts = new int[Samples + 1];
        var best = 0;
        for (var s = 0; s <= Samples; s++)
        {
            counts[s] = Run(lines, At(s, pageWidth));
            best = Math.Max(best, counts[s]);
        }
        if (best < minLines)
        {
            return null;
        }
        // The middle of the first stretch of positions that reach the best run: as far from both columns as possible.
        var first = Array.IndexOf(counts, best);
        var last = first;
        while (last < Samples && counts[last + 1] == best)
        {
            last++;
        }
        return new Gutter((At(first, pageWidth) + At(last, pageWidth)) / 2, best);
    }

    /// <summary>True when the line lies left of the gutter (its middle does).</summary>
    public bool IsLeft(LayoutLine line) => line.X + (line.Width / 2) < X;

    /// <summary>True when the line runs across the gutter.</summary>
    public static bool Crosses(LayoutLine line, double x) => line.X < x && line.Right > x;

    // Lines from the first that do not cross x; 0 unless both sides have some.
    private static int Run(IReadOnlyList<LayoutLine> lines, double x)
    {
        int n = 0, left = 0, right = 0;
        foreach (var line in lines)
        {
            if (Crosses(line, x))
            {
                break;
            }
            n++;
            if (line.Right <= x)
            {
                left++;
            }
            else
            {
                right++;
            }
        }
        return left > 0 && right > 0 ? n : 0;
    }

    // The middle band, 25–75 % of the page width: column gutters of letters sit there, margins do not.
    private static double At(int sample, double pageWidth) => pageWidth * (0.25 + (0.5 * sample / Samples));
}
