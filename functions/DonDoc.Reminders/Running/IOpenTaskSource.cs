namespace DonDoc.Reminders;

/// <summary>Where the reminder sweep reads open tasks from (the OpenTasks index in storage, or memory).</summary>
public interface IOpenTaskSource
{
    /// <summary>
    /// Open tasks whose stated due date is on or before <paramref name="dueOnOrBefore"/>, plus open tasks with a
    /// deadline kind but no due date (they go to triage). Tasks with no time limit at all may be left out.
    /// </summary>
    Task<IReadOnlyList<OpenTask>> ListDueAsync(DateOnly dueOnOrBefore, CancellationToken ct);
}
