namespace DonDoc.Letters.Layout;

/// <summary>
/// Where the text of a page sits: its left and right margins (10th percentile of line starts, 90th of row
/// ends, so a stray speck does not move them) and the usual line height.
/// </summary>
internal sealed record TextBlock(double Left, double Right, double LineHeight)
{
    public double Center => (Left + Right) / 2;

    /// <summary>
    /// A row centred on the text and clearly narrower than it: a title, a typed document's subject, "Kính gửi"
    /// on one line. The margins are unequal (30 mm left, 15 mm right), so the text's centre, not the page's.
    /// </summary>
    public bool IsCentred(List<LayoutLine> row)
    {
        double left = row[0].X, right = row[^1].Right;
        // 7 % of the width: a scan shifts and skews the page, and OCR boxes are ragged; the header columns are 25 % off centre.
        return row.Count == 1 && !IsFull(row) && Math.Abs(((left + right) / 2) - Center) < 0.07 * (Right - Left);
    }

    /// <summary>A single line that runs (nearly) the width of the text: a justified body line.</summary>
    public bool IsFull(List<LayoutLine> row) => row.Count == 1 && row[0].Width >= 0.85 * (Right - Left);
}
