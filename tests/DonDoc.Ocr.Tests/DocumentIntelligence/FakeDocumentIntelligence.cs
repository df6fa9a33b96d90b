using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DonDoc.Ocr.Tests.DocumentIntelligence;

/// <summary>One answer of the fake: a status, headers, and a JSON body (or none).</summary>
internal sealed record FakeAnswer(int Status, JsonObject? Body = null, string? RetryAfter = null);

/// <summary>
/// A local stand-in for the Document Intelligence REST API v4.0 on 127.0.0.1 (a random port): POST
/// …/documentModels/{model}:analyze answers 202 + Operation-Location, GET …/analyzeResults/{id} answers the
/// operation's status. Each test scripts the answers in order (the last one repeats); requests without the
/// right key or bearer token get the service's 401. Records what it received.
/// </summary>
internal sealed class FakeDocumentIntelligence : IAsyncDisposable
{
    public const string Key = "test-key", Token = "test-token";

    private readonly WebApplication _app;
    private readonly Queue<FakeAnswer> _analyze = new();
    private readonly Queue<FakeAnswer> _poll = new();
    private FakeAnswer? _lastAnalyze, _lastPoll;

    private FakeDocumentIntelligence(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    public byte[]? Body { get; private set; }

    public string? ContentType { get; private set; }

    public static async Task<FakeDocumentIntelligence> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDocumentIntelligence(app);
        app.MapPost("/documentintelligence/documentModels/{model}:analyze", fake.AnalyzeAsync);
        app.MapGet("/documentintelligence/documentModels/{model}/analyzeResults/{id}", fake.Poll);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Scripts the answers to analyze requests (202 answers get their Operation-Location added).</summary>
    public FakeDocumentIntelligence OnAnalyze(params FakeAnswer[] answers) => Script(_analyze, answers);

    /// <summary>Scripts the answers to polls of the operation.</summary>
    public FakeDocumentIntelligence OnPoll(params FakeAnswer[] answers) => Script(_poll, answers);

    public int Count(string method) => Requests.Count(r => r.StartsWith(method + " ", StringComparison.Ordinal));

    public static FakeAnswer Running(string? retryAfter = "0") =>
        new(200, new JsonObject { ["status"] = "running", ["createdDateTime"] = "2026-11-23T10:00:00Z", ["lastUpdatedDateTime"] = "2026-11-23T10:00:01Z" }, retryAfter);

    public static FakeAnswer Succeeded(JsonObject analyzeResult) =>
        new(200, new JsonObject { ["status"] = "succeeded", ["createdDateTime"] = "2026-11-23T10:00:00Z", ["lastUpdatedDateTime"] = "2026-11-23T10:00:03Z", ["analyzeResult"] = analyzeResult });

    public static FakeAnswer Failed(string code, string message, string? innerCode = null, string? innerMessage = null) =>
        new(200, new JsonObject
        {
            ["status"] = "failed",
            ["createdDateTime"] = "2026-11-23T10:00:00Z",
            ["lastUpdatedDateTime"] = "2026-11-23T10:00:02Z",
            ["error"] = Error(code, message, innerCode, innerMessage),
        });

    public static JsonObject Error(string code, string message, string? innerCode = null, string? innerMessage = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = innerMessage };
        }
        return error;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> AnalyzeAsync(HttpContext http, string model)
    {
        Requests.Enqueue($"POST {http.Request.Path}{http.Request.QueryString}");
        if (Unauthorized(http) is { } denied)
        {
            return denied;
        }
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        Body = body.ToArray();
        ContentType = http.Request.ContentType;
        var answer = Next(_analyze, ref _lastAnalyze);
        if (answer.Status == 202)
        {
            http.Response.Headers["Operation-Location"] =
                $"{Endpoint}documentintelligence/documentModels/{model}/analyzeResults/3b5d2f8e-1c4a-4e7b-9a0d-5f6e7a8b9c0d?api-version=2024-11-30";
        }
        return Answer(http, answer);
    }

    private IResult Poll(HttpContext http)
    {
        Requests.Enqueue($"GET {http.Request.Path}{http.Request.QueryString}");
        return Unauthorized(http) ?? Answer(http, Next(_poll, ref _lastPoll));
    }

    private static IResult? Unauthorized(HttpContext http)
    {
        var key = http.Request.Headers["Ocp-Apim-Subscription-Key"].ToString();
        var bearer = http.Request.Headers.Authorization.ToString();
        return key == Key || bearer == "Bearer " + Token
            ? null
            : Results.Json(new JsonObject
            {
                ["error"] = Error("401", "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."),
            }, statusCode: 401);
    }

    private static IResult Answer(HttpContext http, FakeAnswer answer)
    {
        if (answer.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = wait;
        }
        return answer.Body is null ? Results.StatusCode(answer.Status) : Results.Json(answer.Body, statusCode: answer.Status);
    }

    private FakeDocumentIntelligence Script(Queue<FakeAnswer> queue, FakeAnswer[] answers)
    {
        lock (queue)
        {
            foreach (var a in answers)
            {
                queue.Enqueue(a);
            }
        }
        return this;
    }

    private static FakeAnswer Next(Queue<FakeAnswer> queue, ref FakeAnswer? last)
    {
        lock (queue)
        {
            if (queue.Count > 0)
            {
                last = queue.Dequeue();
            }
            return last ?? new FakeAnswer(500);
        }
    }
}
