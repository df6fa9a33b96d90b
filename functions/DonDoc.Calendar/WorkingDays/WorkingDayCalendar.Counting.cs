namespace DonDoc.Calendar;

/// <summary>Counting periods (Bộ luật Dân sự 2015 Điều 147–148) on top of the working-day calendar.</summary>
public sealed partial class WorkingDayCalendar
{
    /// <summary>
    /// The day that ends a period of <paramref name="workingDays"/> working days from <paramref name="start"/>
    /// ("trong 05 ngày làm việc kể từ ngày nhận"). The start day is not counted (Điều 147); a positive count
    /// goes forwards, a negative one backwards, and 0 returns <paramref name="start"/>. The result is a working day unless the count is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        int step = Math.Sign(workingDays);
        long remaining = Math.Abs((long)workingDays);
        var day = start;
        while (remaining > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>
    /// The day that ends a period of <paramref name="days"/> calendar days from <paramref name="start"/>,
    /// start not counted (Điều 147). Forwards, a period whose last day is not a working day ends on the
    /// next working day (Điều 148 khoản 5). Backwards ("trước ít nhất 10 ngày") it moves to the previous
    /// working day instead, since moving later would leave less than the required time. 0 returns the start.
    /// </summary>
    public DateOnly AddCalendarDays(DateOnly start, int days)
    {
        if (days == 0)
        {
            return start;
        }

        var last = start.AddDays(days);
        return days > 0 ? NextWorkingDayOnOrAfter(last) : PreviousWorkingDayOnOrBefore(last);
    }

    /// <summary>The date itself when it is a working day, otherwise the first working day after it.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The date itself when it is a working day, otherwise the last working day before it.</summary>
    public DateOnly PreviousWorkingDayOnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>
    /// How many working days lie in (<paramref name="from"/>, <paramref name="to"/>]; when <paramref name="to"/>
    /// is earlier, minus the working days in [<paramref name="to"/>, <paramref name="from"/>). It inverts
    /// <see cref="AddWorkingDays"/>: if AddWorkingDays(from, n) is to, this returns n, so "3 working days
    /// after" and "3 working days before" read the same way both ways.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        // Day numbers rather than AddDays so the ends of DateOnly's range cannot overflow.
        return to >= from
            ? CountWorkingDays(from.DayNumber + 1, to.DayNumber)
            : -CountWorkingDays(to.DayNumber, from.DayNumber - 1);
    }

    /// <summary>Working days whose day numbers lie in [first, last], both included.</summary>
    private int CountWorkingDays(int first, int last)
    {
        int count = 0;
        for (int day = first; day <= last; day++)
        {
            if (IsWorkingDay(DateOnly.FromDayNumber(day)))
            {
                count++;
            }
        }

        return count;
    }
}
