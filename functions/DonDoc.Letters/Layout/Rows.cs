namespace DonDoc.Letters.Layout;

/// <summary>
/// Groups lines into rows (lines whose boxes overlap vertically by at least half the smaller height, as
/// side-by-side text does, even on a page scanned 1.5° askew) and orders each row left to right.
/// </summary>
internal static class Rows
{
    public static List<List<LayoutLine>> Of(IEnumerable<LayoutLine> lines)
    {
        var rows = new List<List<LayoutLine>>();
        foreach (var line in lines.OrderBy(l => l.Middle))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && row.Any(other => Overlap(other, line) >= 0.5 * Math.Min(other.Height, line.Height)))
            {
                row.Add(line);
            }
            else
            {
                rows.Add([line]);
            }
        }
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.X.CompareTo(b.X));
        }
        return rows;
    }

    public static double Top(List<LayoutLine> row) => row.Min(l => l.Y);

    private static double Overlap(LayoutLine a, LayoutLine b) => Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
}
