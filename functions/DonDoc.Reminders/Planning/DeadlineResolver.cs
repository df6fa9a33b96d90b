using DonDoc.Calendar;
using DonDoc.Letters;

namespace DonDoc.Reminders;

/// <summary>
/// Places a task's deadline on the calendar for a given day. Exact and relative dates are used as the letter
/// reader resolved them; month, quarter, half and year deadlines end on the period's last day; a recurring
/// deadline is its next occurrence. Whichever day results, if it is a day off the time limit ends on the
/// next working day (BLDS 2015 Điều 148 khoản 5, as <see cref="WorkingDayCalendar.AddCalendarDays"/> does).
/// </summary>
internal sealed class DeadlineResolver(WorkingDayCalendar calendar)
{
    public ResolvedDeadline Resolve(OpenTask task, DateOnly today)
    {
        switch (task.Kind)
        {
            case null when task.Due is null:
            case DeadlineKind.Urgent when task.Due is null:
                return ResolvedDeadline.None;
            case DeadlineKind.Invalid:
                return ResolvedDeadline.Check(TriageReason.InvalidDeadline);
            case DeadlineKind.Relative when task.Due is null:
                return ResolvedDeadline.Check(TriageReason.RelativeWithoutBase);
            case DeadlineKind.Recurring:
                return Recurring(task, today);
            case not null when task.Due is null:
                // A dated kind that lost its date: the text is there for a person to read.
                return ResolvedDeadline.Check(TriageReason.InvalidDeadline);
        }

        var due = PeriodEnd(task.Due!.Value, task.Kind);
        return new ResolvedDeadline(due, calendar.NextWorkingDayOnOrAfter(due), false, null);
    }

    // The reader already resolves periods to their last day; normalising again keeps a stored first day of
    // the period ("tháng 7" kept as 01/07) from reminding a month early.
    private static DateOnly PeriodEnd(DateOnly due, DeadlineKind? kind) => kind switch
    {
        DeadlineKind.Month => new DateOnly(due.Year, due.Month, DateTime.DaysInMonth(due.Year, due.Month)),
        DeadlineKind.Quarter => new DateOnly(due.Year, ((due.Month - 1) / 3 * 3) + 3, 1).AddMonths(1).AddDays(-1),
        DeadlineKind.Half => due.Month <= 6 ? new DateOnly(due.Year, 6, 30) : new DateOnly(due.Year, 12, 31),
        DeadlineKind.Year => new DateOnly(due.Year, 12, 31),
        _ => due,
    };

    private ResolvedDeadline Recurring(OpenTask task, DateOnly today)
    {
        if (task.Due is not { } first || Recurrence.Read(task.DeadlineText, first) is not { } rhythm)
        {
            return ResolvedDeadline.Check(TriageReason.RecurringWithoutDay);
        }
        var due = rhythm.NextOnOrAfter(today, calendar.NextWorkingDayOnOrAfter);
        return new ResolvedDeadline(due, calendar.NextWorkingDayOnOrAfter(due), true, null);
    }
}
