using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// A duty that repeats with no day named (vietnamese-letters.md §5, "định kỳ hằng tháng / hằng quý"):
/// "… cung cấp thông tin … định kỳ hằng năm gửi về Bộ …", or a sentence opening with the period
/// ("Hàng năm, các địa phương lập kế hoạch …"). Recurring, due null. Only used where the sentence names
/// no dated deadline ("định kỳ hằng tháng, trước ngày 20" is read by the dated rule).
/// </summary>
public static partial class RecurringDuty
{
    public static Deadline? Find(LetterText text, int start, int end)
    {
        // Both patterns name the period with "hang"; without it neither can match (keep in step with them).
        if (!FoldedWords.Has(text, start, end, "hang"))
        {
            return null;
        }
        var m = Periodic().FirstIn(text.Folded, start, end);
        if (!m.Success)
        {
            m = Opening().FirstIn(text.Folded, start, end);
        }
        if (!m.Success)
        {
            return null;
        }
        var s = m.Groups["p"].Index;
        var l = m.Groups["p"].Length;
        return new Deadline(null, DeadlineKind.Recurring, Spaces.Collapse(text.Slice(s, l)), s, l);
    }

    [GeneratedRegex(@"(?<!\p{L})(?<p>dinh\s*ky\s*,?\s*hang\s*(?:nam|quy|thang))(?!\p{L})")]
    private static partial Regex Periodic();

    [GeneratedRegex(@"^\s*(?:[-+•]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)?(?<p>hang\s*(?:nam|quy|thang))\s*,")]
    private static partial Regex Opening();
}
