namespace DonDoc.Calendar;

/// <summary>
/// Adds nghỉ bù to a year's legal holidays: Bộ luật Lao động 2019 Điều 111 khoản 3 gives a holiday that
/// falls on the weekly day off a make-up day on the next working day.
/// </summary>
internal static class CompensatoryDays
{
    /// <summary>The holidays, sorted, plus one compensatory weekday for each that is lost to a weekend or to another holiday.</summary>
    public static IReadOnlyList<Holiday> Add(IEnumerable<Holiday> legalHolidays)
    {
        var taken = new SortedDictionary<DateOnly, Holiday>();
        var owed = new List<Holiday>();
        foreach (var holiday in legalHolidays.OrderBy(h => h.Date))
        {
            if (!taken.TryAdd(holiday.Date, holiday))
            {
                // Two holidays on one day (Giỗ Tổ can land on 30/4): the law grants both, so the second
                // is made up like a weekend one rather than silently lost.
                owed.Add(holiday);
            }
            else if (IsWeekend(holiday.Date))
            {
                owed.Add(holiday);
            }
        }

        // Make-up days go in date order, each to the first weekday after its holiday not already off, so
        // two weekend holidays (Sat 1/9 and Sun 2/9) give Monday and Tuesday.
        foreach (var holiday in owed)
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.ContainsKey(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day, new Holiday(day, $"Nghỉ bù {holiday.Name}", HolidayKind.Compensatory));
        }

        return [.. taken.Values];
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
