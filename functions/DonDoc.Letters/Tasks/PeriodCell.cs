using System.Text.RegularExpressions;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Reads the "Thời gian thực hiện / hoàn thành" cell of a plan's task table (kế hoạch, chương trình hành động),
/// where the cell holds only the period: "Quý III năm 2022", "Quý III, IV/2026", "Tháng 12, năm 2022",
/// "10-11/2019" (a span of months: due at the end of the last), "01/2020", "Năm 2023", "2024 - 2025",
/// "Năm 2025; Năm 2030", "Quý IV/2026, 2027", "Năm 2022 và hàng năm" (recurring from 2022), "Hằng năm".
/// A cell naming several periods is due at the end of the latest one, with that period's kind; "hằng năm",
/// "hằng quý", "định kỳ" make it recurring. Cells without a period ("Thường xuyên") give no deadline.
/// </summary>
public static partial class PeriodCell
{
    /// <summary>The deadline a time cell states; <paramref name="folded"/> is the cell's folded text.</summary>
    public static (DateOnly? Due, DeadlineKind Kind)? Read(string folded)
    {
        if (folded.Length > 200)
        {
            return null;
        }
        var masked = folded.ToCharArray();
        DateOnly? due = null;
        var kind = DeadlineKind.Year;
        void Take(Match m, DateOnly? d, DeadlineKind k)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                masked[i] = ' ';
            }
            if (d is { } value && (due is null || value > due))
            {
                due = value;
                kind = k;
            }
        }
        foreach (Match m in ExactDate().Matches(folded))
        {
            Take(m, SafeDate(Int(m, "y"), Int(m, "m"), Int(m, "d")), DeadlineKind.Exact);
        }
        foreach (Match m in Quarter().Matches(new string(masked)))
        {
            var q = m.Groups["q"].Captures.Select(c => Roman(c.Value)).LastOrDefault(x => x is >= 1 and <= 4);
            Take(m, q is { } n ? new DateOnly(Int(m, "y"), 1, 1).AddMonths(3 * n).AddDays(-1) : null, DeadlineKind.Quarter);
        }
        foreach (Match m in Month().Matches(new string(masked)))
        {
            var month = Int(m, "m");
            Take(m, month is >= 1 and <= 12 ? new DateOnly(Int(m, "y"), month, 1).AddMonths(1).AddDays(-1) : null, DeadlineKind.Month);
        }
        foreach (Match m in Year().Matches(new string(masked)))
        {
            Take(m, new DateOnly(Int(m, "y"), 12, 31), DeadlineKind.Year);
        }
        if (Repeats().IsMatch(folded))
        {
            return (due, DeadlineKind.Recurring);
        }
        return due is null ? null : (due, kind);
    }

    private static int Int(Match m, string group) => int.TryParse(m.Groups[group].Value, out var n) ? n : 0;

    private static DateOnly? SafeDate(int y, int m, int d) =>
        y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static int? Roman(string s) => s switch
    {
        "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4,
        _ => null,
    };

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*(?<s>[/.\-])\s*(?<m>\d{1,2})\s*\k<s>\s*(?<y>(?:19|20)\d{2})(?!\d)|ngay\s*(?<d>\d{1,2})\s*thang\s*(?<m>\d{1,2})\s*,?\s*nam\s*(?<y>(?:19|20)\d{2})")]
    private static partial Regex ExactDate();

    [GeneratedRegex(@"(?<!\p{L})quy\s*(?<q>[ivx]{1,3}|[1-4])(?:\s*(?:,|va|-|;)\s*(?:quy\s*)?(?<q>[ivx]{1,3}|[1-4]))*(?![\p{L}\d])\s*(?:,?\s*nam|/|-|,)\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?:(?<!\p{L})thang\s*)?(?<![\d/])(?:\d{1,2}\s*-\s*)?(?<m>\d{1,2})\s*(?:/|,?\s*nam)\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Month();

    [GeneratedRegex(@"(?<![\d/])(?<y>(?:19|20)\d{2})(?![\d/])")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\p{L})hang\s*(?:nam|quy|thang)(?!\p{L})|(?<!\p{L})dinh\s*ky(?!\p{L})")]
    private static partial Regex Repeats();
}
