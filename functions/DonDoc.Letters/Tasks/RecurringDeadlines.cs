using System.Text.RegularExpressions;
using DonDoc.Letters.Dates;
using DonDoc.Letters.Text;

namespace DonDoc.Letters.Tasks;

/// <summary>
/// Recurring deadlines with a day (vietnamese-letters.md §5, "định kỳ hằng tháng / hằng quý, trước ngày 20
/// hằng tháng"): the due date is the next occurrence after the issue date. A day on the issue date itself is
/// already missed ("trước ngày 10/7" in a letter signed on 10/7), so the next one is taken. Three shapes:
/// the period named with the day ("trước ngày 20 hằng tháng", "ngày 10 của tháng đầu quý tiếp theo",
/// "30 tháng 6 hằng năm"); a year-less day tied to the year after the reported one ("trước ngày 15 tháng 02
/// của năm liền kề sau năm báo cáo"); and a year-less day in a sentence about a periodic duty ("định kỳ",
/// "hằng năm", or a schedule of periodic reports "- Báo cáo 6 tháng: … trước ngày 05/7"), which recurs
/// every year (the reports of Nghị định 09/2019/NĐ-CP: báo cáo tháng, quý, 6 tháng, năm).
/// </summary>
public static partial class RecurringDeadlines
{
    /// <summary>Days named with their period in [start, end).</summary>
    public static IEnumerable<Deadline> Find(LetterText text, int start, int end, DateOnly? issuedOn)
    {
        var folded = text.Folded;
        foreach (Match m in Recurring().MatchesIn(folded, start, end))
        {
            // "cập nhật đến hết ngày 31 tháng 12 hàng năm", "từ ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm":
            // the end of a yearly period (a data cut-off, a reporting period), not a duty's day.
            var lead = folded.AsSpan(start, m.Index - start).TrimEnd();
            if (lead.EndsWith("den het", StringComparison.Ordinal) || PeriodEnd().IsMatch(lead))
            {
                continue;
            }
            yield return FromMatch(text, m, issuedOn);
        }
    }

    /// <summary>
    /// A year-less day read after a deadline trigger, as a yearly recurring deadline when the text says it
    /// recurs; null when it is a one-off day (then the issue-year rule applies).
    /// </summary>
    /// <remarks><paramref name="periodicSentence"/> is <see cref="IsPeriodic"/> of the sentence, asked once per
    /// sentence by the caller: asked per date, a sentence of thousands of dates was read thousands of times.</remarks>
    public static Deadline? FromYearless(LetterText text, int sentenceEnd, int triggerStart, DateReading reading, DateOnly? issuedOn, Func<bool> periodicSentence)
    {
        var folded = text.Folded;
        var dateEnd = reading.Start + reading.Length;
        var tail = FollowingYear().Match(folded, dateEnd);
        var followingYear = tail.Success && tail.Index + tail.Length <= sentenceEnd;
        if (!followingYear && !periodicSentence())
        {
            return null;
        }
        var end = followingYear ? tail.Index + tail.Length : dateEnd;
        while (end > triggerStart && (char.IsWhiteSpace(text.Text[end - 1]) || text.Text[end - 1] is ',' or '.'))
        {
            end--;
        }
        DateOnly? due = issuedOn is { } issued ? NextYearly(reading.Day, reading.Month, issued, null) : null;
        return new Deadline(due, DeadlineKind.Recurring, Spaces.Collapse(text.Slice(triggerStart, end - triggerStart)), triggerStart, end - triggerStart);
    }

    /// <summary>True when the sentence speaks of a periodic duty: "định kỳ", "hằng năm/quý/tháng", or it is an item
    /// of a schedule of periodic reports ("- Báo cáo 6 tháng: …", "Báo cáo năm: …").</summary>
    public static bool IsPeriodic(LetterText text, int start, int end) =>
        Periodic(text, start, end) || InReportScheduleItem(text.Folded, start);

    private static bool Periodic(LetterText text, int start, int end) =>
        (FoldedWords.Has(text, start, end, "dinh ky") || FoldedWords.Has(text, start, end, "hang") || FoldedWords.Has(text, start, end, "bao cao"))
        && (PeriodicWords().FirstIn(text.Folded, start, end).Success || ReportSchedule().FirstIn(text.Folded, start, end).Success);

    // "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;" then, on the next line,
    // "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7.": the second sentence continues the
    // item, so the heading of the item (the line that opens with a list marker) still names the periodic report.
    private static bool InReportScheduleItem(string folded, int sentenceStart)
    {
        const int Reach = 400;
        var from = Math.Max(0, sentenceStart - Reach);
        // i is the newline before a line, or -1 for a line at the start of the text.
        for (var i = sentenceStart - 1; i >= from - 1 && i >= -1; i--)
        {
            if (i >= 0 && folded[i] != '\n')
            {
                continue;
            }
            var line = i + 1;
            var m = ItemHeading().Match(folded, line, sentenceStart - line);
            if (m.Success)
            {
                return ReportSchedule().IsMatch(folded.AsSpan(m.Index + m.Length, Math.Min(40, sentenceStart - m.Index - m.Length)));
            }
            // A blank line ends the item; a line that opens another list item without a heading ends the search.
            var k = i - 1;
            while (k >= from && folded[k] is ' ' or '\t' or '\r')
            {
                k--;
            }
            if (k >= from && folded[k] == '\n')
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The first day/month after the issue date (and not before the year named in "kể từ năm 2027").</summary>
    public static DateOnly? NextYearly(int day, int month, DateOnly issued, int? fromYear)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            return null;
        }
        var year = fromYear is { } from && from > issued.Year && from < issued.Year + 50 ? from : issued.Year;
        var due = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        return due <= issued ? new DateOnly(year + 1, month, Math.Min(day, DateTime.DaysInMonth(year + 1, month))) : due;
    }

    private static Deadline FromMatch(LetterText text, Match m, DateOnly? issuedOn)
    {
        var s = m.Index;
        var l = m.Length;
        while (l > 0 && char.IsWhiteSpace(text.Text[s]))
        {
            s++;
            l--;
        }
        while (l > 0 && (char.IsWhiteSpace(text.Text[s + l - 1]) || text.Text[s + l - 1] is ',' or '.'))
        {
            l--;
        }
        var phrase = Spaces.Collapse(text.Slice(s, l));
        DateOnly? due = null;
        if (issuedOn is not { } issued || !int.TryParse(m.Groups["d"].Value, out var day))
        {
            return new Deadline(null, DeadlineKind.Recurring, phrase, s, l);
        }
        if (m.Groups["m"].Success)
        {
            int? from = int.TryParse(m.Groups["from"].Value, out var f) ? f : null;
            due = int.TryParse(m.Groups["m"].Value, out var month) ? NextYearly(day, month, issued, from) : null;
        }
        else if (day is >= 1 and <= 31)
        {
            var quarterly = m.Groups["quarter"].Success;
            for (var month = new DateOnly(issued.Year, issued.Month, 1); due is null; month = month.AddMonths(1))
            {
                if (quarterly && (month.Month - 1) % 3 != 0)
                {
                    continue;
                }
                var candidate = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
                if (candidate > issued)
                {
                    due = candidate;
                }
            }
        }
        return new Deadline(due, DeadlineKind.Recurring, phrase, s, l);
    }

    // DeadlineParser runs Find only where the range holds a digit and "hang" before "thang"/"nam", or "quy": keep in step.
    [GeneratedRegex(@"(?<!\p{L})(?:dinh\s*ky\s*,?\s*)?(?:truoc\s*)?(?:ngay\s*)?(?<d>\d{1,2})\s*(?:(?:cua\s*)?hang\s*thang|(?:cua\s*)?thang\s*(?:dau|cuoi)\s*(?:cua\s*)?(?<quarter>quy)(?:\s*(?:tiep\s*theo|sau|ke\s*tiep))?|(?:thang\s*|/\s*)(?<m>\d{1,2})\s*(?:cua\s*)?hang\s*nam(?:\s*,?\s*(?:ke\s*tu|bat\s*dau\s*tu|tu)\s*nam\s*(?<from>\d{4}))?)")]
    private static partial Regex Recurring();

    // "… đến ngày 31 tháng 12 hằng năm", "từ 01 tháng 01 đến 31 tháng 12 hằng năm": a period's end.
    [GeneratedRegex(@"(?<!\p{L})den$")]
    private static partial Regex PeriodEnd();

    // "… của năm liền kề sau năm báo cáo", "… năm tiếp theo của năm báo cáo": every year, after the reported one.
    [GeneratedRegex(@"\G\s*,?\s*(?:cua\s*)?nam\s*(?:lien\s*ke\s*)?(?:sau|tiep\s*theo|ke\s*tiep)\s*(?:cua\s*)?nam\s*bao\s*cao")]
    private static partial Regex FollowingYear();

    [GeneratedRegex(@"\G[ \t]*[-+•][ \t]*")]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"(?<!\p{L})(?:dinh\s*ky|hang\s*(?:nam|quy|thang))(?!\p{L})")]
    private static partial Regex PeriodicWords();

    // An item of a schedule of periodic reports; a report named with its year ("báo cáo năm 2025") is a one-off.
    [GeneratedRegex(@"(?<!\p{L})bao\s*cao\s*(?:6|sau)?\s*(?:thang|nam|quy)\s*:")]
    private static partial Regex ReportSchedule();
}
