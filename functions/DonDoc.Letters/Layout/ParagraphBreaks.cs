using System.Text.RegularExpressions;

namespace DonDoc.Letters.Layout;

/// <summary>
/// Where a paragraph ends between two rows of body text: after a row that closes a sentence, when it stops
/// well short of the right margin (letters are justified) or the next row is indented (a first line); or
/// wherever there is more than a line height of space; and between a centred title and the text around it. Measured on the scan fixtures, paragraph spacing
/// alone is too small to rely on (0.4–0.7 line heights). A blank line is never put before a list item:
/// the reader starts a paragraph there anyway, and a blank line would cut "Kính gửi:" off its list.
/// </summary>
internal static partial class ParagraphBreaks
{
    public static bool Breaks(List<LayoutLine> previous, List<LayoutLine> row, TextBlock text)
    {
        var lineHeight = text.LineHeight;
        var gap = Rows.Top(row) - previous.Max(l => l.Bottom);
        if (gap > lineHeight)
        {
            return true;
        }
        // A list item starts its own paragraph for the reader anyway; a blank line would cut "Kính gửi:" off its list.
        if (ListItem().IsMatch(row[0].Text))
        {
            return false;
        }
        // A centred title or subject ends where a full line of body text begins, full stop or not (and the reverse).
        if ((text.IsCentred(previous) && text.IsFull(row)) || (text.IsFull(previous) && text.IsCentred(row)))
        {
            return true;
        }
        // Only after a sentence ends: centred titles and V/v subjects run over several short lines without a full stop.
        // ";" ends list items, which run on without blank lines even when their dash was lost to OCR.
        if (previous[^1].Text.TrimEnd() is not [.., '.' or ':' or '!' or '?'])
        {
            return false;
        }
        var shortLine = text.Right - previous[^1].Right > 4 * lineHeight;
        var indented = row[0].X - previous[0].X > lineHeight;
        return shortLine || indented;
    }

    [GeneratedRegex(@"^(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][.)]\s)")]
    private static partial Regex ListItem();
}
