using System.Text.RegularExpressions;
using DonDoc.Letters.Text;

namespace DonDoc.Reminders;

/// <summary>
/// The rhythm of a recurring deadline, read from its phrase: "trước ngày 20 hằng tháng" (monthly, day 20),
/// "ngày 15 tháng đầu quý" (quarterly), "trước ngày 31 tháng 12 hằng năm" (yearly). Occurrences step by
/// whole months from the first due date the letter reader resolved, keeping the named day and clamping it
/// to short months (31 → 30/4, 28/2).
/// </summary>
internal sealed partial record Recurrence(int Months, int Day, DateOnly First)
{
    /// <summary>The rhythm of <paramref name="deadlineText"/> starting at <paramref name="first"/>, or null when the phrase names none.</summary>
    public static Recurrence? Read(string deadlineText, DateOnly first)
    {
        var folded = Folding.Fold(deadlineText);
        int months;
        if (Monthly().IsMatch(folded))
        {
            months = 1;
        }
        else if (Quarterly().IsMatch(folded))
        {
            months = 3;
        }
        else if (Yearly().IsMatch(folded))
        {
            months = 12;
        }
        else
        {
            return null;
        }
        // The phrase's own day survives a first occurrence clamped in a short month ("ngày 31 hằng tháng" from 30/4).
        var day = months < 12 && DayNumber().Match(folded) is { Success: true } m && int.Parse(m.Groups["d"].Value) is >= 1 and <= 31 and var d
            ? d
            : first.Day;
        return new Recurrence(months, day, first);
    }

    /// <summary>The first occurrence whose time limit (rolled to a working day by <paramref name="effective"/>) ends on or after <paramref name="today"/>.</summary>
    public DateOnly NextOnOrAfter(DateOnly today, Func<DateOnly, DateOnly> effective)
    {
        var monthsApart = ((today.Year - First.Year) * 12) + today.Month - First.Month;
        // Start one period early: the occurrence in today's month may already be past, or rolled into it.
        var k = Math.Max(0, (monthsApart / Months) - 1);
        while (true)
        {
            var occurrence = Occurrence(k);
            if (effective(occurrence) >= today)
            {
                return occurrence;
            }
            k++;
        }
    }

    private DateOnly Occurrence(int k)
    {
        var month = new DateOnly(First.Year, First.Month, 1).AddMonths(k * Months);
        return new DateOnly(month.Year, month.Month, Math.Min(Day, DateTime.DaysInMonth(month.Year, month.Month)));
    }

    [GeneratedRegex(@"(?<!\p{L})hang\s*thang(?!\p{L})")]
    private static partial Regex Monthly();

    [GeneratedRegex(@"(?<!\p{L})quy(?!\p{L})")]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"(?<!\p{L})hang\s*nam(?!\p{L})")]
    private static partial Regex Yearly();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?!\d)")]
    private static partial Regex DayNumber();
}
