using DonDoc.App.Records;
using DonDoc.App.Reminders;
using DonDoc.Storage;
using DonDoc.Testing;

namespace DonDoc.App.Tests;

/// <summary>The reminder sweep reads from OpenTasks only what can be due by the horizon, filtered by the table service.</summary>
public class OpenTaskSweepTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static TaskRow Task(string letterId, int ordinal, DateOnly? due, string kind) =>
        new(letterId, ordinal, "Bộ Xây dựng", [], "Báo cáo", due, kind, "trước ngày …", TaskRow.Open, "1/BXD", null, "Bộ Xây dựng", "V/v", null);

    [Fact]
    public async Task Only_tasks_due_by_the_horizon_and_undated_ones_come_back()
    {
        var h = new PipelineHarness(azurite.ConnectionString);
        await h.ResetAsync();
        var rows = new List<TaskRow>();
        var start = new DateOnly(2025, 1, 1);
        for (var i = 0; i < 600; i++) rows.Add(Task("l" + i, 1, start.AddDays(i), "exact"));
        rows.Add(Task("sai-ngay", 1, null, "invalid"));
        foreach (var chunk in rows.GroupBy(r => r.OpenPartition))
            foreach (var batch in chunk.Chunk(100))
                await h.Services.Storage.OpenTasks.SubmitBatchAsync([.. batch.Select(r => new TableAction(TableActionKind.UpsertReplace, r.ToOpenEntity()))]);

        var due = await new TableOpenTaskSource(h.Services.Storage).ListDueAsync(new DateOnly(2025, 3, 10), CancellationToken.None);

        Assert.Equal(69 + 1, due.Count);   // 1 Jan … 10 Mar 2025 is 69 days, plus the undated one for triage
        Assert.All(due.Where(t => t.Due is not null), t => Assert.True(t.Due <= new DateOnly(2025, 3, 10)));
        Assert.Contains(due, t => t.TaskId == "sai-ngay|001" && t.Kind == DonDoc.Letters.DeadlineKind.Invalid);
    }
}
