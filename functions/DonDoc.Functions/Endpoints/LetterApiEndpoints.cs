using System.Text.Json.Nodes;
using DonDoc.App.Composition;
using DonDoc.App.Letters;
using DonDoc.App.Records;
using DonDoc.Reminders;
using DonDoc.Storage;

namespace DonDoc.Functions.Endpoints;

/// <summary>
/// The HTTP API (httpTrigger functions <c>Letters</c>, <c>Tasks</c>, <c>CompleteTask</c>): list letters and tasks
/// (function key required by the host), and mark a task done from the signed link in a reminder email.
/// </summary>
public static class LetterApiEndpoints
{
    private const int MaxItems = 500;

    public static void MapLetterApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Letters", Letters);
        app.MapPost("/Tasks", Tasks);
        app.MapPost("/CompleteTask", CompleteTask);
    }

    internal static async Task<IResult> Letters(HttpRequest request, DonDocServices services, CancellationToken ct)
    {
        var req = HttpTriggerRequest.From(await HostEnvelope.ReadAsync(request, ct));
        var month = req.QueryValue("month");
        if (month is not null && !System.Text.RegularExpressions.Regex.IsMatch(month, @"^\d{4}-\d{2}$"))
            return HostResponse.Http(400, new JsonObject { ["error"] = "month must be yyyy-MM" });
        var items = new JsonArray();
        await foreach (var l in services.Tasks.LettersAsync(month, ct).Take(MaxItems).WithCancellation(ct))
            items.Add(ListingJson.Letter(l));
        return HostResponse.Http(200, new JsonObject { ["letters"] = items });
    }

    internal static async Task<IResult> Tasks(HttpRequest request, DonDocServices services, CancellationToken ct)
    {
        var req = HttpTriggerRequest.From(await HostEnvelope.ReadAsync(request, ct));
        var items = new JsonArray();
        await foreach (var t in services.Tasks.TasksAsync(req.QueryValue("letterId"), req.QueryValue("status"), ct).Take(MaxItems).WithCancellation(ct))
            items.Add(ListingJson.Task(t, withholdSecret: true));
        return HostResponse.Http(200, new JsonObject { ["tasks"] = items });
    }

    /// <summary>GET or POST <c>tasks/complete?token=…</c>: the token is the signed, expiring link from the email and names the task.</summary>
    internal static async Task<IResult> CompleteTask(HttpRequest request, DonDocServices services, CancellationToken ct)
    {
        var req = HttpTriggerRequest.From(await HostEnvelope.ReadAsync(request, ct));
        var check = CompletionLink.Verify(req.QueryValue("token"), services.Clock.GetUtcNow(), services.LinkKey);
        if (check.Status != CompletionLinkStatus.Valid)
            return HostResponse.Http(check.Status == CompletionLinkStatus.Expired ? 410 : 403, new JsonObject
            {
                ["error"] = check.Status == CompletionLinkStatus.Expired
                    ? "Đường dẫn đã hết hạn; hãy dùng email nhắc việc mới nhất."
                    : "Đường dẫn không hợp lệ.",
            });
        var taskId = check.TaskId!;
        var bar = taskId.LastIndexOf('|');
        if (bar <= 0 || !int.TryParse(taskId[(bar + 1)..], out var ordinal))
            return HostResponse.Http(400, new JsonObject { ["error"] = "Đường dẫn không hợp lệ." });
        var letterId = taskId[..bar];
        try
        {
            var result = await services.Tasks.CompleteAsync(letterId, ordinal, "email-link", ct);
            return result switch
            {
                TaskBook.Completion.NotFound => HostResponse.Http(404, new JsonObject { ["error"] = "Không tìm thấy nhiệm vụ." }),
                _ => HostResponse.Http(200, new JsonObject { ["taskId"] = taskId, ["status"] = "done", ["message"] = "Đã ghi nhận nhiệm vụ hoàn thành. Cảm ơn!" }),
            };
        }
        catch (StorageException x) when (x.IsTransient)
        {
            return HostResponse.Http(503, new JsonObject { ["error"] = "Hệ thống đang bận, hãy thử lại sau ít phút." });
        }
    }
}
