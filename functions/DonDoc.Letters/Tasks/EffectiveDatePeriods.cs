using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DonDoc.Calendar;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Relative deadlines that count from the day a document takes effect (vietnamese-letters.md §5, "relative"):
/// "trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành". When the letter
/// states that day elsewhere ("Nghị định số 178/2026/NĐ-CP …, có hiệu lực thi hành từ ngày 06/7/2026") the
/// period is counted from it (Bộ luật Dân sự 2015 Điều 147–148: the start day is not counted; months and
/// years end on the same day of the last month; a last day off work moves to the next working day).
/// Otherwise ("kể từ ngày quy định của pháp luật chuyên ngành … có hiệu lực thi hành") the deadline is
/// relative with no day.
/// </summary>
public static partial class EffectiveDatePeriods
{
    // The effective dates a letter states, by the number and year of the document ("178/2026"), read once per
    // letter: a scan per phrase would make a letter of many such phrases quadratic.
    private static readonly ConditionalWeakTable<LetterText, Dictionary<string, DateOnly>> Stated = new();

    public static IEnumerable<Deadline> Find(LetterText text, int start, int end, WorkingDayCalendar calendar)
    {
        var folded = text.Folded;
        foreach (Match m in Period().MatchesIn(folded, start, end))
        {
            DateOnly? due = null;
            var number = DocumentNumber().Match(m.Groups["what"].Value);
            if (number.Success && EffectiveDates(text).TryGetValue(number.Groups["n"].Value, out var effective)
                && int.TryParse(m.Groups["n"].Value, out var n) && n is >= 1 and <= 366)
            {
                due = m.Groups["unit"].Value switch
                {
                    "thang" => calendar.NextWorkingDayOnOrAfter(effective.AddMonths(n)),
                    "nam" => calendar.NextWorkingDayOnOrAfter(effective.AddYears(n)),
                    _ when m.Groups["work"].Success => calendar.AddWorkingDays(effective, n),
                    _ => calendar.AddCalendarDays(effective, n),
                };
            }
            var s = m.Index;
            var l = m.Length;
            yield return new Deadline(due, DeadlineKind.Relative, Spaces.Collapse(text.Slice(s, l)), s, l);
        }
    }

    private static Dictionary<string, DateOnly> EffectiveDates(LetterText text) => Stated.GetValue(text, t =>
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (Match m in Statement().Matches(t.Folded))
        {
            if (VietnameseDates.ReadAt(t.Folded, m.Index + m.Length, allowYearless: false)?.ToDate() is { } day)
            {
                dates.TryAdd(m.Groups["n"].Value, day);
            }
        }
        return dates;
    });

    // DeadlineParser runs this only where the range holds a digit and "hieu luc".
    [GeneratedRegex(@"(?<!\p{L})trong\s*(?:thoi\s*han|vong|thoi\s*gian)?\s*(?<n>\d{1,3})\s*(?:\([^)\n]{0,20}\)\s*)?(?<unit>ngay|thang|nam)\s*(?<work>lam\s*viec)?\s*,?\s*(?:ke\s*tu|tu)\s*ngay\s*(?<what>[^.;:]{0,200}?)\s*co\s*hieu\s*luc(?:\s*thi\s*hanh)?")]
    private static partial Regex Period();

    [GeneratedRegex(@"(?<n>\d{1,5}/(?:19|20)\d{2})(?!\d)")]
    private static partial Regex DocumentNumber();

    // "… số 178/2026/NĐ-CP (…), có hiệu lực thi hành từ ngày 06/7/2026": the number, then within the clause the effect.
    [GeneratedRegex(@"(?<![\d/])(?<n>\d{1,5}/(?:19|20)\d{2})(?!\d)[^.;]{0,120}?co\s*hieu\s*luc(?:\s*thi\s*hanh)?\s*(?:ke\s*tu|tu)\s*")]
    private static partial Regex Statement();
}
