using DonDoc.App.Records;
using DonDoc.Storage;

namespace DonDoc.App.Letters;

/// <summary>
/// Reading and closing what was stored: letters, tasks, and marking a task done (which takes it out of
/// <c>OpenTasks</c>, so reminders stop). Used by the HTTP API and the CLI.
/// </summary>
public sealed class TaskBook(DonDocStorage storage, TimeProvider clock)
{
    public IAsyncEnumerable<LetterRow> LettersAsync(string? month = null, CancellationToken ct = default) =>
        storage.LetterTable.QueryAsync(month is null ? null : ODataFilter.Equal("PartitionKey", month), ct: ct).Select(LetterRow.FromEntity);

    /// <summary>Tasks of one letter, or of all letters when <paramref name="letterId"/> is null; optionally only one status.</summary>
    public IAsyncEnumerable<TaskRow> TasksAsync(string? letterId = null, string? status = null, CancellationToken ct = default)
    {
        var filters = new List<string>();
        if (letterId is not null) filters.Add(ODataFilter.Equal("PartitionKey", letterId));
        if (status is not null) filters.Add(ODataFilter.Equal("Status", status));
        return storage.Tasks.QueryAsync(filters.Count == 0 ? null : string.Join(" and ", filters), ct: ct).Select(TaskRow.FromEntity);
    }

    public enum Completion { Done, AlreadyClosed, NotFound }

    /// <summary>Marks a task done by <paramref name="who"/>; repeating it is harmless. Concurrent edits are detected by ETag.</summary>
    public async Task<Completion> CompleteAsync(string letterId, int ordinal, string who, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var e = await storage.Tasks.GetAsync(letterId, ordinal.ToString("000"), ct);
            if (e is null) return Completion.NotFound;
            var task = TaskRow.FromEntity(e);
            if (task.Status != TaskRow.Open)
            {
                await RemoveOpenAsync(task, ct);
                return Completion.AlreadyClosed;
            }
            var closed = task with { Status = TaskRow.Done, ClosedBy = who, ClosedAt = clock.GetUtcNow() };
            try
            {
                await storage.Tasks.UpdateAsync(closed.ToTaskEntity(), e.ETag ?? "*", UpsertMode.Replace, ct);
            }
            catch (StorageException x) when (x.Status == 412 && attempt < 3)
            {
                continue;
            }
            await RemoveOpenAsync(task, ct);
            return Completion.Done;
        }
    }

    private async Task RemoveOpenAsync(TaskRow task, CancellationToken ct) =>
        await storage.OpenTasks.DeleteAsync(task.OpenPartition, task.OpenRowKey, ct: ct);
}
