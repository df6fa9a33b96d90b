using DonDoc.App.Composition;
using DonDoc.Storage;

namespace DonDoc.Functions.Endpoints;

/// <summary>
/// <c>SendReminders</c> (timer, 01:00 UTC = 08:00 in Việt Nam, every day): the run itself skips non-working days,
/// because make-up working Saturdays exist. Mail failures worth retrying answer 500 so the host's retry policy
/// runs it again; the reminder log makes that rerun send only what is still unsent.
/// </summary>
public static class ReminderEndpoints
{
    public static void MapReminders(this IEndpointRouteBuilder app) => app.MapPost("/SendReminders", SendReminders);

    internal static async Task<IResult> SendReminders(DonDocServices services, CancellationToken ct)
    {
        try
        {
            var run = await services.Reminders.CreateRunAsync(ct: ct);
            var report = await run.RunAsync(services.Today, ct);
            var logs = new List<string> { $"SendReminders {services.Today:yyyy-MM-dd}: {report.Summary}" };
            logs.AddRange(report.Recipients.Select(r => $"  {r.To}: sent {r.Sent}, skipped {r.Skipped}, failed {r.Failed}"));
            return report.HasTransientFailures ? HostResponse.Retry(string.Join("\n", logs)) : HostResponse.Ok(logs);
        }
        catch (StorageException x)
        {
            return HostResponse.Retry("SendReminders: storage unavailable: " + x.Message);
        }
    }
}
