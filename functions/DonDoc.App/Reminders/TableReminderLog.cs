using DonDoc.App.Records;
using DonDoc.Reminders;
using DonDoc.Storage;

namespace DonDoc.App.Reminders;

/// <summary>
/// The <c>Reminders</c> table as the reminder log: PK the task, RK step and recipient. A claim is an insert
/// (409: someone has it) or an ETag-conditioned replace of a record that no longer blocks (412: someone was
/// faster), so two runs at once never both send.
/// </summary>
public sealed class TableReminderLog(DonDocStorage storage) : IReminderLog
{
    private TableClient Table => storage.Reminders;

    public async Task<bool> TryClaimAsync(ReminderKey key, DateOnly day, DateTimeOffset now, TimeSpan claimTimeout, CancellationToken ct)
    {
        var existing = await Table.GetAsync(Pk(key), Rk(key), ct);
        if (existing is null)
        {
            try
            {
                await Table.InsertAsync(ToEntity(new ReminderRecord(key, ReminderStatus.Claimed, day, now)), ct);
                return true;
            }
            catch (StorageException x) when (x.Status == 409)
            {
                return false;
            }
        }
        var record = FromEntity(existing);
        if (record.Blocks(now, claimTimeout)) return false;
        try
        {
            await Table.UpdateAsync(ToEntity(record with { Status = ReminderStatus.Claimed, Day = day, UpdatedAt = now, Claims = record.Claims + 1, Error = null }),
                existing.ETag ?? "*", UpsertMode.Replace, ct);
            return true;
        }
        catch (StorageException x) when (x.Status == 412)
        {
            return false;
        }
    }

    public Task MarkSentAsync(ReminderKey key, DateTimeOffset at, CancellationToken ct) =>
        UpdateAsync(key, r => r with { Status = ReminderStatus.Sent, UpdatedAt = at, Error = null }, ct);

    public Task MarkFailedAsync(ReminderKey key, DateTimeOffset at, bool permanent, string error, CancellationToken ct) =>
        UpdateAsync(key, r => r with { Status = permanent ? ReminderStatus.FailedPermanent : ReminderStatus.FailedTransient, UpdatedAt = at, Error = error }, ct);

    public async Task<IReadOnlyList<ReminderRecord>> ListAsync(IReadOnlyCollection<string> taskIds, CancellationToken ct)
    {
        var records = new List<ReminderRecord>();
        // A few partitions per query keeps the filter short; each is a point range in the table.
        foreach (var chunk in taskIds.Distinct().Chunk(10))
        {
            var filter = string.Join(" or ", chunk.Select(id => ODataFilter.Equal("PartitionKey", TableKey.Encode(id))));
            await foreach (var e in Table.QueryAsync(filter, ct: ct))
                records.Add(FromEntity(e));
        }
        return records;
    }

    private async Task UpdateAsync(ReminderKey key, Func<ReminderRecord, ReminderRecord> change, CancellationToken ct)
    {
        var e = await Table.GetAsync(Pk(key), Rk(key), ct) ?? throw new InvalidOperationException($"No claim for {key.TaskId} {key.Step} {key.Recipient}.");
        await Table.UpsertAsync(ToEntity(change(FromEntity(e))), UpsertMode.Replace, ct);
    }

    private static string Pk(ReminderKey k) => TableKey.Encode(k.TaskId);
    private static string Rk(ReminderKey k) => TableKey.Encode($"{k.Step}:{k.Recipient}");

    private static TableEntity ToEntity(ReminderRecord r)
    {
        var e = new TableEntity(Pk(r.Key), Rk(r.Key));
        e["TaskId"] = r.Key.TaskId;
        e["Step"] = r.Key.Step;
        e["Recipient"] = r.Key.Recipient;
        e["Status"] = r.Status.ToString();
        e["Day"] = r.Day.ToString("yyyy-MM-dd");
        e["UpdatedAt"] = r.UpdatedAt;
        e["Claims"] = r.Claims;
        e["Error"] = LetterRow.Clip(r.Error);
        return e;
    }

    private static ReminderRecord FromEntity(TableEntity e) => new(
        new ReminderKey(e.GetString("TaskId") ?? "", e.GetString("Step") ?? "", e.GetString("Recipient") ?? ""),
        Enum.TryParse<ReminderStatus>(e.GetString("Status"), out var s) ? s : ReminderStatus.FailedTransient,
        Dates.Parse(e.GetString("Day")) ?? DateOnly.MinValue,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        (int)(e.GetInt64("Claims") ?? 1),
        e.GetString("Error"));
}
