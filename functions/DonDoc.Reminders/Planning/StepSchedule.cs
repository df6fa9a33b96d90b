namespace DonDoc.Reminders;

/// <summary>
/// The steps of a policy on a line of working-day offsets (7, 3, 1, 0, −1, −3, −7, then every 5), and the one
/// step due at a given offset: the latest whose point has been reached. A step missed (the timer did not
/// run) is thereby still sent on the next run, unless a later step has come due meanwhile — then only the
/// later one goes, never a burst of stale ones.
/// </summary>
internal sealed class StepSchedule
{
    // (offset at which the step comes due, kind, number), latest offset first: days left > 0, overdue < 0.
    private readonly (int Offset, StepKind Kind, int Number)[] points;
    private readonly int lastAfter;
    private readonly int? repeat;

    public StepSchedule(ReminderPolicy policy)
    {
        var problems = policy.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid reminder policy: " + string.Join(" ", problems), nameof(policy));
        }
        var list = policy.BeforeWorkingDays.Select(d => (d, StepKind.Before, d)).ToList();
        if (policy.OnTheDay)
        {
            list.Add((0, StepKind.OnTheDay, 0));
        }
        list.AddRange(policy.AfterWorkingDays.Select(d => (-d, StepKind.After, d)));
        points = [.. list.OrderByDescending(p => p.Item1)];
        lastAfter = policy.AfterWorkingDays.Count == 0 ? 0 : policy.AfterWorkingDays.Max();
        repeat = policy.RepeatEveryWorkingDays;
    }

    /// <summary>
    /// The step due when the deadline is <paramref name="daysLeft"/> working days away (negative: overdue),
    /// or null when none has come due yet. Recurring duties stop at the deadline: the task stays open for
    /// the next occurrence, so there is no knowing that this one was missed.
    /// </summary>
    public (StepKind Kind, int Number)? Due(int daysLeft, bool recurring)
    {
        if (recurring && daysLeft < 0)
        {
            return null;
        }
        if (repeat is { } every && -daysLeft >= lastAfter + every && !recurring)
        {
            return (StepKind.Weekly, (-daysLeft - lastAfter) / every);
        }
        // The latest point reached is the one with the smallest offset still ≥ daysLeft.
        (StepKind, int)? due = null;
        foreach (var (offset, kind, number) in points)
        {
            if (offset < daysLeft)
            {
                break;
            }
            if (!recurring || offset >= 0)
            {
                due = (kind, number);
            }
        }
        return due;
    }
}
