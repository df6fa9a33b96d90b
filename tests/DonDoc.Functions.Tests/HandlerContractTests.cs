using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DonDoc.App.Composition;
using DonDoc.App.Ingestion;
using DonDoc.Reminders;
using DonDoc.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DonDoc.Functions.Tests;

/// <summary>
/// The custom handler answers the payloads the Functions host sends (platform-notes §1.5–1.6), against a real
/// Azurite: readiness, a queue-triggered ingestion, timers, and the HTTP API inside the host's envelope.
/// </summary>
public class HandlerContractTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly HttpClient client;

    public HandlerContractTests(AzuriteFixture azurite)
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
            b.UseSetting("DONDOC_OUTBOX_DIR", Path.Combine(Path.GetTempPath(), "dondoc-handler-outbox"));
        });
        client = factory.CreateClient();
    }

    private DonDocServices Services => factory.Services.GetRequiredService<DonDocServices>();

    private async Task<string> UploadSeedAsync(string prefix)
    {
        var path = Directory.GetFiles(Path.Combine(RepoRoot.Find(), "tests", "seeds"), prefix + "*.txt").Single();
        var s = Services.Storage;
        await s.EnsureCreatedAsync();
        var name = Guid.NewGuid().ToString("N")[..8] + "-" + Path.GetFileName(path);
        var item = await s.Incoming.PutAsync(name, await File.ReadAllBytesAsync(path));
        return BlobCreatedEvent.Create("incoming", name, s.Incoming.UriFor(name), item.ETag, item.Size);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string function, object envelope)
    {
        var response = await client.PostAsync("/" + function, new StringContent(JsonSerializer.Serialize(envelope), Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, body);
    }

    [Fact]
    public async Task Readiness_is_a_GET_of_the_root()
    {
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task IngestLetter_reads_the_queue_message_with_json_quoted_metadata_and_stores_the_letter()
    {
        var message = await UploadSeedAsync("003_");
        var (status, body) = await PostAsync("IngestLetter", new
        {
            Data = new { message },
            Metadata = new { DequeueCount = "1", Id = "\"5f1c\"", PopReceipt = "\"AgAAAA==\"", sys = new { MethodName = "IngestLetter" } },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("3909/BXD-PTĐT", body["Logs"]!.AsArray().Single()!.GetValue<string>());
        Assert.True(body.ContainsKey("Outputs"));
    }

    [Fact]
    public async Task A_message_that_is_not_an_event_is_acknowledged_not_retried()
    {
        var (status, body) = await PostAsync("IngestLetter", new { Data = new { message = "rác" }, Metadata = new { } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("ignored", body["Logs"]!.AsArray().Single()!.GetValue<string>());
    }

    [Fact]
    public async Task ReconcileIncoming_and_SendReminders_answer_timer_payloads()
    {
        var timer = new { Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = false } }, Metadata = new { } };
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("ReconcileIncoming", timer)).Status);
        var (status, body) = await PostAsync("SendReminders", timer);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("SendReminders", body["Logs"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_http_api_answers_inside_the_res_output_and_a_signed_link_completes_a_task()
    {
        var message = await UploadSeedAsync("002_");
        await PostAsync("IngestLetter", new { Data = new { message }, Metadata = new { } });

        var (_, tasksBody) = await PostAsync("Tasks", new { Data = new { req = new { Url = "http://localhost/api/tasks", Method = "GET", Query = new { status = "open" }, Headers = new { }, Params = new { } } }, Metadata = new { } });
        var res = tasksBody["Outputs"]!["res"]!;
        Assert.Equal(200, res["statusCode"]!.GetValue<int>());
        var task = JsonNode.Parse(res["body"]!.GetValue<string>())!["tasks"]!.AsArray().First(t => t!["letterNumber"]!.GetValue<string>() == "382/TB-VPCP")!;
        var taskId = task["taskId"]!.GetValue<string>();

        var token = CompletionLink.Create(taskId, DateTimeOffset.UtcNow.AddDays(1), Services.LinkKey);
        var complete = await PostAsync("CompleteTask", new { Data = new { req = new { Method = "GET", Query = new { token }, Params = new { } } }, Metadata = new { } });
        var forged = await PostAsync("CompleteTask", new { Data = new { req = new { Method = "GET", Query = new { token = token[..^4] + "AAAA" }, Params = new { } } }, Metadata = new { } });

        Assert.Equal(200, complete.Body["Outputs"]!["res"]!["statusCode"]!.GetValue<int>());
        Assert.Equal(403, forged.Body["Outputs"]!["res"]!["statusCode"]!.GetValue<int>());
        var bar = taskId.LastIndexOf('|');
        var stored = await Services.Storage.Tasks.GetAsync(taskId[..bar], taskId[(bar + 1)..]);
        Assert.Equal("done", stored!.GetString("Status"));
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }
}
