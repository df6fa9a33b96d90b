using System.Globalization;

namespace DonDoc.Reminders;

/// <summary>What a reminder run did, per recipient, for the CLI and the Functions log.</summary>
/// <param name="Today">The day run for.</param>
/// <param name="SkipReason">Why the run sent nothing at all (a day off), or null.</param>
/// <param name="Recipients">One row per recipient that had something due, ordered by address.</param>
/// <param name="AlreadySent">Reminders due today that earlier runs had already sent.</param>
public sealed record ReminderRunReport(DateOnly Today, string? SkipReason, IReadOnlyList<RecipientReport> Recipients, int AlreadySent = 0)
{
    /// <summary>Reminders delivered.</summary>
    public int SentCount => Recipients.Sum(r => r.Sent);

    /// <summary>Reminders left to another run.</summary>
    public int SkippedCount => Recipients.Sum(r => r.Skipped);

    /// <summary>Reminders that failed.</summary>
    public int FailedCount => Recipients.Sum(r => r.Failed);

    /// <summary>
    /// True when some failure may succeed if retried (throttling, 5xx, network, unknown outcome): the Functions
    /// endpoint answers non-2xx so the host retries the run, which then sends only what is still due.
    /// </summary>
    public bool HasTransientFailures => Recipients.Any(r => r.Failed > 0 && r.Result?.Outcome != MailOutcome.PermanentFailure);

    /// <summary>One line: "2025-07-22: 3 sent to 2 recipients, 0 skipped, 1 failed, 4 already sent".</summary>
    public string Summary => SkipReason ?? string.Create(
        CultureInfo.InvariantCulture,
        $"{Today:yyyy-MM-dd}: {SentCount} sent to {Recipients.Count(r => r.Sent > 0)} recipients, {SkippedCount} skipped, {FailedCount} failed, {AlreadySent} already sent");
}
