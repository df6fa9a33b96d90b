using System.Text;

namespace DonDoc.Reminders.Tests;

/// <summary>The real Microsoft.Graph SDK against a local fake of the sendMail API.</summary>
public sealed class GraphMailerTests : IAsyncLifetime
{
    private const string Sender = "dondoc@office.gov.vn";
    private FakeGraph graph = null!;
    private readonly SteppingTimeProvider time = new();
    private readonly FakeCredential credential = new();

    public async Task InitializeAsync() => graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    private GraphMailer Mailer(GraphMailerOptions? options = null, MailRateLimiter? limiter = null) => new(
        GraphMailClient.Create(new GraphConnectionOptions { BaseUrl = graph.BaseUrl }, credential),
        options ?? new GraphMailerOptions { Sender = Sender },
        limiter ?? new MailRateLimiter(time: time),
        time);

    private static MailMessage Message(string to = "bxd@moc.gov.vn") => new(
        to,
        ["vanthu.bxd@moc.gov.vn", "lanhdao.bxd@moc.gov.vn"],
        "[DonDoc] 2 nhiệm vụ sắp đến hạn, 1 quá hạn — 22/07/2025",
        "<p>Kính gửi: Bộ Xây dựng</p>",
        "Kính gửi: Bộ Xây dựng",
        [new MailAttachment("han-2025-07-25-1.ics", "text/calendar; charset=utf-8; method=PUBLISH", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nSUMMARY:Hạn\r\n"))]);

    [Fact]
    public async Task Sends_the_message_as_graph_sendMail_json()
    {
        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailResult.Sent(1), result);
        var request = Assert.Single(graph.Requests);
        Assert.Equal(Sender, request.User);
        Assert.Equal("Bearer fake-token", request.Authorization);
        var message = request.Body.Get("message");
        Assert.Equal("[DonDoc] 2 nhiệm vụ sắp đến hạn, 1 quá hạn — 22/07/2025", message.Get("subject").GetString());
        Assert.Equal("html", message.Get("body").Get("contentType").GetString(), ignoreCase: true);
        Assert.Equal("<p>Kính gửi: Bộ Xây dựng</p>", message.Get("body").Get("content").GetString());
        Assert.Equal(["bxd@moc.gov.vn"], message.Get("toRecipients").EnumerateArray().Select(r => r.Get("emailAddress").Get("address").GetString()));
        Assert.Equal(
            ["vanthu.bxd@moc.gov.vn", "lanhdao.bxd@moc.gov.vn"],
            message.Get("ccRecipients").EnumerateArray().Select(r => r.Get("emailAddress").Get("address").GetString()));
        var attachment = Assert.Single(message.Get("attachments").EnumerateArray().ToList());
        Assert.Equal("#microsoft.graph.fileAttachment", attachment.Get("@odata.type").GetString());
        Assert.Equal("han-2025-07-25-1.ics", attachment.Get("name").GetString());
        Assert.Equal("text/calendar; charset=utf-8; method=PUBLISH", attachment.Get("contentType").GetString());
        Assert.Equal("BEGIN:VCALENDAR\r\nSUMMARY:Hạn\r\n", Encoding.UTF8.GetString(Convert.FromBase64String(attachment.Get("contentBytes").GetString()!)));
        Assert.True(request.Body.Get("saveToSentItems").GetBoolean());
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task A_429_waits_exactly_as_long_as_retry_after_says()
    {
        graph.Script.Enqueue(new FakeGraph.Reply(429, RetryAfter: "7"));

        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailResult.Sent(2), result);
        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], time.Waits);
    }

    [Fact]
    public async Task A_503_with_retry_after_is_honoured_too()
    {
        graph.Script.Enqueue(new FakeGraph.Reply(503, RetryAfter: "3"));
        graph.Script.Enqueue(new FakeGraph.Reply(503));

        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.True(result.IsSent);
        Assert.Equal(3, result.Attempts);
        // The second 503 gave no Retry-After: exponential back-off, 2 s doubled for the second retry.
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4)], time.Waits);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off()
    {
        graph.Script.Enqueue(new FakeGraph.Reply(500));
        graph.Script.Enqueue(new FakeGraph.Reply(502));

        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailResult.Sent(3), result);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], time.Waits);
    }

    [Fact]
    public async Task Server_errors_that_persist_end_as_a_transient_failure_after_the_attempts()
    {
        for (var i = 0; i < 10; i++)
        {
            graph.Script.Enqueue(new FakeGraph.Reply(500));
        }

        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailOutcome.TransientFailure, result.Outcome);
        Assert.Equal((4, 500), (result.Attempts, result.StatusCode));
        Assert.Equal(4, graph.Requests.Count);
    }

    [Theory]
    [InlineData(400, "ErrorInvalidRecipients")]
    [InlineData(403, "ErrorAccessDenied")]
    [InlineData(404, "ErrorInvalidUser")]
    public async Task Client_errors_are_permanent_and_not_retried(int status, string code)
    {
        graph.Script.Enqueue(new FakeGraph.Reply(status, ErrorCode: code));

        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailOutcome.PermanentFailure, result.Outcome);
        Assert.Equal((1, status), (result.Attempts, result.StatusCode));
        Assert.Contains(code, result.Error);
        Assert.Single(graph.Requests);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_gives_up_for_now_instead_of_retrying_early()
    {
        graph.Script.Enqueue(new FakeGraph.Reply(429, RetryAfter: "600"));

        var result = await Mailer().SendAsync(Message(), CancellationToken.None);

        Assert.Equal(MailOutcome.TransientFailure, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Single(graph.Requests);
        Assert.Empty(time.Waits);
    }

    [Fact]
    public async Task Bad_addresses_never_reach_graph()
    {
        var result = await Mailer().SendAsync(Message("not an address\r\nBcc: x@y.vn"), CancellationToken.None);

        Assert.Equal(MailOutcome.PermanentFailure, result.Outcome);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task No_more_than_four_requests_are_in_flight()
    {
        graph.Hold = TimeSpan.FromMilliseconds(100);
        var mailer = Mailer(limiter: new MailRateLimiter(time: time));

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => mailer.SendAsync(Message($"u{i}@moc.gov.vn"), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.IsSent));
        Assert.Equal(12, graph.Requests.Count);
        Assert.InRange(graph.MaxInFlight, 2, 4);
    }

    [Fact]
    public async Task The_thirty_first_message_in_a_minute_waits_for_the_window()
    {
        var mailer = Mailer();

        for (var i = 0; i < 31; i++)
        {
            Assert.True((await mailer.SendAsync(Message($"u{i}@moc.gov.vn"), CancellationToken.None)).IsSent);
        }

        Assert.Equal(31, graph.Requests.Count);
        Assert.Equal([TimeSpan.FromMinutes(1)], time.Waits);
    }
}
