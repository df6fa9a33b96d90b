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
        // "Khoản 1 Điều 59 Nghị định … quy định: Tổ chức, cá nhân … định kỳ hằng năm …": the words after the colon
        // are the provision's, a standing duty of the law and no task of this letter.
        if (!m.Success || Provision().FirstIn(text.Folded, start, m.Index).Success)
        {
            return null;
        }
        var s = m.Groups["p"].Index;
        var l = m.Groups["p"].Length;
        return new Deadline(null, DeadlineKind.Recurring, Spaces.Collapse(text.Slice(s, l)), s, l);
    }

    /// <summary>
    /// Drops an undated periodic report ("Cục Thuế định kỳ hàng quý báo cáo kết quả theo mẫu …") when the letter
    /// also sets the day of a periodic report of the same period ("… định kỳ báo cáo theo từng quý … trước
    /// ngày 10 của tháng đầu quý tiếp theo"): a letter sets one reporting regime per period, and the two
    /// sentences name the same duty, once with its day.
    /// </summary>
    public static List<LetterTask> MergeRepeatedReports(List<LetterTask> tasks, LetterText text)
    {
        var dated = new HashSet<char>();
        foreach (var t in tasks)
        {
            if (t.Deadline is { Kind: DeadlineKind.Recurring } d && d.Text.Any(char.IsDigit) && Reports(text, t))
            {
                dated.Add(PeriodOf(Folding.Fold(d.Text)));
            }
        }
        if (dated.Count == 0)
        {
            return tasks;
        }
        return tasks.Where(t => !(t.Deadline is { Kind: DeadlineKind.Recurring, Due: null } d && !d.Text.Any(char.IsDigit)
            && dated.Contains(PeriodOf(Folding.Fold(d.Text))) && Reports(text, t))).ToList();
    }

    private static bool Reports(LetterText text, LetterTask t) =>
        FoldedWords.Has(text, t.Evidence.Start, t.Evidence.Start + t.Evidence.Length, "bao cao");

    // 't' monthly, 'q' quarterly, 'y' yearly: a day and month ("30 tháng 6 hằng năm", "15 tháng 02 của năm
    // liền kề …") recur yearly.
    private static char PeriodOf(string folded) =>
        folded.Contains("hang thang", StringComparison.Ordinal) ? 't' : folded.Contains("quy", StringComparison.Ordinal) ? 'q' : 'y';

    [GeneratedRegex(@"(?<!\p{L})(?<p>dinh\s*ky\s*,?\s*hang\s*(?:nam|quy|thang))(?!\p{L})")]
    private static partial Regex Periodic();

    [GeneratedRegex(@"(?<!\p{L})(?:nghi\s*dinh|thong\s*tu|luat|quyet\s*dinh|dieu\s*\d+)(?!\p{L})[^.;]{0,120}quy\s*dinh\s*:")]
    private static partial Regex Provision();

    [GeneratedRegex(@"^\s*(?:[-+•]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)?(?<p>hang\s*(?:nam|quy|thang))\s*,")]
    private static partial Regex Opening();
}
