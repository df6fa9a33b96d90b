namespace DonDoc.Reminders;

/// <summary>
/// The idempotency record of reminders (design §6, table Reminders): a run claims a delivery before sending
/// and marks it after, so a timer firing twice or a crash between the two never mails a step twice, except
/// the one mail a crash left sent but unmarked.
/// </summary>
public interface IReminderLog
{
    /// <summary>
    /// Atomically takes the delivery for this run: true when there was no record, or its record no longer
    /// blocks (<see cref="ReminderRecord.Blocks"/> at <paramref name="now"/>); false when another run holds it
    /// or it is done. Storage does this with insert-if-absent, or replace-if-ETag-matches.
    /// </summary>
    Task<bool> TryClaimAsync(ReminderKey key, DateOnly day, DateTimeOffset now, TimeSpan claimTimeout, CancellationToken ct);

    /// <summary>Records that the mail service accepted the delivery.</summary>
    Task MarkSentAsync(ReminderKey key, DateTimeOffset at, CancellationToken ct);

    /// <summary>Records a failed delivery; a permanent one is never claimed again.</summary>
    Task MarkFailedAsync(ReminderKey key, DateTimeOffset at, bool permanent, string error, CancellationToken ct);

    /// <summary>Every record of the given tasks (any step, any recipient, any status).</summary>
    Task<IReadOnlyList<ReminderRecord>> ListAsync(IReadOnlyCollection<string> taskIds, CancellationToken ct);
}
