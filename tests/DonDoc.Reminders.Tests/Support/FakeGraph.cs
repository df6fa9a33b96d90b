using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DonDoc.Reminders.Tests;

/// <summary>
/// A local stand-in for Microsoft Graph's sendMail (platform notes §4.1): POST /v1.0/users/{id}/sendMail
/// answers 202 with no body, or what the test scripted (429 + Retry-After, 5xx, 400 with a Graph error body).
/// Records every request: path, Authorization header, JSON body.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication app;
    private int inFlight;
    private int maxInFlight;

    private FakeGraph(WebApplication app)
    {
        this.app = app;
    }

    public sealed record Request(string User, string? Authorization, JsonElement Body);

    public sealed record Reply(int Status, string? RetryAfter = null, string? ErrorCode = null);

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Replies used in order; when empty, 202.</summary>
    public ConcurrentQueue<Reply> Script { get; } = new();

    /// <summary>How long each request is held before answering, to observe concurrency.</summary>
    public TimeSpan Hold { get; set; }

    public int MaxInFlight => maxInFlight;

    public string BaseUrl => app.Urls.First() + "/v1.0";

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        app.MapPost("/v1.0/users/{id}/sendMail", fake.SendMail);
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult> SendMail(string id, HttpContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        try
        {
            int seen;
            while (now > (seen = maxInFlight) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }
            using var json = await JsonDocument.ParseAsync(context.Request.Body);
            Requests.Enqueue(new Request(id, context.Request.Headers.Authorization.FirstOrDefault(), json.RootElement.Clone()));
            if (Hold > TimeSpan.Zero)
            {
                await Task.Delay(Hold);
            }
            if (!Script.TryDequeue(out var reply))
            {
                return Results.StatusCode(202);
            }
            if (reply.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = reply.RetryAfter;
            }
            return reply.Status == 202
                ? Results.StatusCode(202)
                : Results.Json(new { error = new { code = reply.ErrorCode ?? "Error" + reply.Status, message = "scripted failure" } }, statusCode: reply.Status);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>Reads Graph JSON whatever the casing the SDK wrote ("Message" or "message").</summary>
public static class GraphJson
{
    public static JsonElement Get(this JsonElement e, string name)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        throw new KeyNotFoundException($"'{name}' not in {e}");
    }
}
