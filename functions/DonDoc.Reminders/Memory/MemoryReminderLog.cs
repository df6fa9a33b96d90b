namespace DonDoc.Reminders.Memory;

/// <summary>The reminder log in memory, with the same claim rule as storage. Thread-safe.</summary>
public sealed class MemoryReminderLog : IReminderLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<ReminderKey, ReminderRecord> records = [];

    /// <summary>Every record, in no particular order.</summary>
    public IReadOnlyList<ReminderRecord> Records
    {
        get
        {
            lock (gate)
            {
                return [.. records.Values];
            }
        }
    }

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(ReminderKey key, DateOnly day, DateTimeOffset now, TimeSpan claimTimeout, CancellationToken ct)
    {
        lock (gate)
        {
            if (records.TryGetValue(key, out var existing) && existing.Blocks(now, claimTimeout))
            {
                return Task.FromResult(false);
            }
            records[key] = new ReminderRecord(key, ReminderStatus.Claimed, day, now, (existing?.Claims ?? 0) + 1);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task MarkSentAsync(ReminderKey key, DateTimeOffset at, CancellationToken ct) =>
        Update(key, r => r with { Status = ReminderStatus.Sent, UpdatedAt = at, Error = null });

    /// <inheritdoc />
    public Task MarkFailedAsync(ReminderKey key, DateTimeOffset at, bool permanent, string error, CancellationToken ct) =>
        Update(key, r => r with { Status = permanent ? ReminderStatus.FailedPermanent : ReminderStatus.FailedTransient, UpdatedAt = at, Error = error });

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderRecord>> ListAsync(IReadOnlyCollection<string> taskIds, CancellationToken ct)
    {
        var wanted = taskIds.ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            IReadOnlyList<ReminderRecord> list = [.. records.Values.Where(r => wanted.Contains(r.Key.TaskId))];
            return Task.FromResult(list);
        }
    }

    private Task Update(ReminderKey key, Func<ReminderRecord, ReminderRecord> change)
    {
        lock (gate)
        {
            // A mark without a claim is a caller bug; the storage log would fail the same way (no entity).
            records[key] = change(records.TryGetValue(key, out var r) ? r : throw new InvalidOperationException($"No claim for {key.TaskId} {key.Step} {key.Recipient}."));
        }
        return Task.CompletedTask;
    }
}
