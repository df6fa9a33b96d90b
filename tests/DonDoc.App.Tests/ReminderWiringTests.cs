using DonDoc.App.Composition;
using DonDoc.App.Reminders;
using DonDoc.App.Settings;
using DonDoc.Reminders;
using DonDoc.Testing;

namespace DonDoc.App.Tests;

/// <summary>
/// Reminders end to end against Azurite: seed letters ingested, the directory imported, the run reads
/// OpenTasks, claims in Reminders, writes digests to the outbox — and a second run the same day sends nothing.
/// </summary>
public class ReminderWiringTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Directory = """
        key,displayName,aliases,to,cc,escalation
        bxd,Bộ Xây dựng,BXD;Bộ trưởng Bộ Xây dựng,vanphong@moc.gov.vn,,lanhdao@moc.gov.vn
        triage,Văn thư,,vanthu@dondoc.test,,
        """;

    [Fact]
    public async Task On_22_July_2025_the_ministry_hears_of_its_tasks_once_and_triage_gets_the_invalid_date()
    {
        var outbox = Path.Combine(Path.GetTempPath(), "dondoc-outbox-" + Guid.NewGuid().ToString("N"));
        var h = new PipelineHarness(azurite.ConnectionString);
        await h.ResetAsync();
        foreach (var seed in System.IO.Directory.GetFiles(PipelineHarness.Repo("tests", "seeds"), "*.txt")) await h.UploadAsync(seed);
        await h.DrainAsync();
        await new DirectoryStore(h.Services.Storage).ReplaceAllAsync(DirectoryCsv.Parse(Directory).Entries);
        var settings = DonDocSettings.From(n => n switch
        {
            "AzureWebJobsStorage" => azurite.ConnectionString,
            "DONDOC_OUTBOX_DIR" => outbox,
            "DONDOC_TRIAGE_ADDRESS" => "vanthu@dondoc.test",
            _ => null,
        });
        var services = new DonDocServices(settings);
        var today = new DateOnly(2025, 7, 22);

        var first = await (await services.Reminders.CreateRunAsync()).RunAsync(today, CancellationToken.None);
        var second = await (await services.Reminders.CreateRunAsync()).RunAsync(today, CancellationToken.None);

        var ministry = Assert.Single(first.Recipients, r => r.To == "vanphong@moc.gov.vn");
        Assert.Contains(ministry.Items, i => i.Task.Letter.Number == "382/TB-VPCP" && i.Due == new DateOnly(2025, 7, 25));
        Assert.Contains(ministry.Items, i => i.Task.Letter.Number == "5802/VPCP-CN" && i.WorkingDaysLeft < 0);
        Assert.DoesNotContain(ministry.Items, i => i.Due == new DateOnly(2025, 8, 15));
        var triage = Assert.Single(first.Recipients, r => r.To == "vanthu@dondoc.test");
        Assert.Contains(triage.Items, i => i.Task.Letter.Number == "5176/BXD-PTĐT");
        Assert.Equal(0, first.FailedCount);
        Assert.True(first.SentCount > 0);
        Assert.Equal(0, second.SentCount);
        Assert.Equal(first.Recipients.Count, System.IO.Directory.GetFiles(outbox, "*.html").Length);
        System.IO.Directory.Delete(outbox, recursive: true);
    }
}
