using DonDoc.App.Records;
using DonDoc.Letters;
using DonDoc.Reminders;
using DonDoc.Storage;

namespace DonDoc.App.Reminders;

/// <summary>
/// Reads the reminder sweep's tasks from <c>OpenTasks</c>: one range query over the due-date partitions up to the
/// horizon (RowKeys start with the due date, so nothing later is read) and one read of the undated partition.
/// </summary>
public sealed class TableOpenTaskSource(DonDocStorage storage) : IOpenTaskSource
{
    public async Task<IReadOnlyList<OpenTask>> ListDueAsync(DateOnly dueOnOrBefore, CancellationToken ct)
    {
        var upTo = ODataFilter.Quote("d" + dueOnOrBefore.ToString("yyyy-MM"));
        var dated = $"PartitionKey ge 'd' and PartitionKey le {upTo} and RowKey lt {ODataFilter.Quote(dueOnOrBefore.ToString("yyyyMMdd") + "~")}";
        var tasks = new List<OpenTask>();
        foreach (var filter in new[] { dated, ODataFilter.Equal("PartitionKey", TaskRow.UndatedPartition) })
            await foreach (var e in storage.OpenTasks.QueryAsync(filter, ct: ct))
                tasks.Add(ToOpenTask(TaskRow.FromEntity(e)));
        return tasks;
    }

    internal static OpenTask ToOpenTask(TaskRow t) => new(
        t.TaskId, t.LetterId, t.Assignee, t.Due,
        Enum.TryParse<DeadlineKind>(t.DeadlineKind, ignoreCase: true, out var kind) ? kind : null,
        t.Action, t.DeadlineText ?? "",
        new LetterSummary(t.LetterNumber, t.LetterIssuedOn, t.LetterIssuer, t.LetterSubject, t.Secrecy is not null));
}
