using System.Text.RegularExpressions;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Tells when a date after "đến hết ngày" or "kết thúc trước ngày" closes a period that is no task: a validity
/// ("cho đến hết ngày 31 tháng 12 năm 2025"), a data cut-off ("Đến hết ngày 23/10/2018, toàn ngành …", "cập nhật
/// đến hết ngày 31 tháng 12", "kết quả thanh tra … đến hết ngày …", "(… đến hết ngày …)"), a term in a schedule
/// ("Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025").
/// </summary>
internal static partial class PeriodEnds
{
    private const int MaxNoteLength = 2000;

    /// <summary>True when the date ending at <paramref name="dateEnd"/>, read after <paramref name="trigger"/> in the
    /// sentence starting at <paramref name="start"/>, ends such a period.</summary>
    public static bool Closes(string folded, int start, Match trigger, int dateEnd)
    {
        var t = trigger.Index;
        var lead = folded.AsSpan(Math.Max(start, t - 60), t - Math.Max(start, t - 60));
        if (trigger.ValueSpan.StartsWith("den het"))
        {
            if (PeriodEndLead().IsMatch(lead))
            {
                return true;
            }
            // Fronted: nothing but the clause start before it, a comma after the date.
            var before = lead.TrimEnd();
            var fronted = before.IsEmpty || before[^1] is '.' or ';' or ':' or '\n' or '(' or '-';
            var after = folded.AsSpan(dateEnd, Math.Min(3, folded.Length - dateEnd)).TrimStart(' ');
            // "(Số liệu được khai thác trên ứng dụng … đến hết ngày 23/10/2018)": a parenthesis that closes right after
            // the date and opened earlier in the sentence is a note on the data, not a task.
            var open = after.Length > 0 && after[0] == ')' ? folded.LastIndexOf('(', t, Math.Min(t - start + 1, MaxNoteLength)) : -1;
            if (after.Length > 0 && after[0] == ')' && open >= 0 && folded.IndexOf(')', open, t - open) < 0)
            {
                return true;
            }
            return fronted && after.Length > 0 && after[0] == ',';
        }
        if (lead.TrimEnd().EndsWith("ket thuc") && lead.Contains("bat dau", StringComparison.Ordinal))
        {
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:(?<!\p{L})(?:cho|cap\s*nhat|tinh)\s*$|(?:ket\s*qua|so\s*lieu|tinh\s*hinh|thuc\s*hien\s*duoc)[^.;:]*$)")]
    private static partial Regex PeriodEndLead();
}
