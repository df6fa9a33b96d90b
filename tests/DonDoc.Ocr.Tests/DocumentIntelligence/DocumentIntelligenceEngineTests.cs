using System.Diagnostics;
using System.Text;
using Azure.Core;
using DonDoc.Ocr.DocumentIntelligence;
using DonDoc.Ocr.Tests.Support;
using static DonDoc.Ocr.Tests.DocumentIntelligence.FakeDocumentIntelligence;

namespace DonDoc.Ocr.Tests.DocumentIntelligence;

/// <summary>The Document Intelligence client against a local fake of the REST API (202 + polling, 429 + Retry-After).</summary>
public sealed class DocumentIntelligenceEngineTests : IAsyncLifetime
{
    private static readonly FakePage Letter = new(1, 8.2639, 11.6944, "inch",
        new FakeLine("BỘ XÂY DỰNG", 1.05, 0.82, 1.6, 0.2, 0.99, 0.97, 0.98),
        new FakeLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 3.9, 0.8, 3.6, 0.2),
        new FakeLine("Số: 5176/BXD-PTĐT", 1.0, 1.1, 1.8, 0.2, 0.98, 0.90),
        new FakeLine("Hà Nội, ngày 10 tháng 11 năm 2023", 4.4, 1.12, 2.8, 0.2),
        new FakeLine("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.", 1.3, 2.0, 5.8, 0.2));

    private FakeDocumentIntelligence _fake = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _fake = await StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Success_maps_pages_lines_boxes_and_confidences()
    {
        _fake.OnAnalyze(new FakeAnswer(202)).OnPoll(Succeeded(AnalyzeResultJson.Build("prebuilt-layout", Letter)));
        var pdf = TestPdf.EmptyPages(1);

        var doc = await Engine().ReadAsync(pdf, "5176.pdf");

        Assert.Equal("documentintelligence", doc.Engine);
        var page = Assert.Single(doc.Pages);
        Assert.Equal((1, 8.2639, 11.6944, "inch"), (page.Number, page.Width, page.Height, page.Unit));
        Assert.Equal(5, page.Lines.Count);
        var number = page.Lines[2];
        Assert.Equal("Số: 5176/BXD-PTĐT", number.Text);
        Assert.Equal((1.0, 1.1, 1.8, 0.2), (number.X, number.Y, Math.Round(number.Width, 6), Math.Round(number.Height, 6)));
        Assert.Equal(0.94, number.Confidence); // mean of its words' 0.98 and 0.90, found through the spans
        Assert.Equal(0.98, page.Lines[0].Confidence);
        Assert.Contains("Kính gửi: Ủy ban nhân dân", doc.Text);

        var post = Assert.Single(_fake.Requests, r => r.StartsWith("POST", StringComparison.Ordinal));
        Assert.Contains("/documentintelligence/documentModels/prebuilt-layout:analyze?api-version=2024-11-30&stringIndexType=utf16CodeUnit", post);
        Assert.Equal("application/octet-stream", _fake.ContentType);
        Assert.Equal(pdf, _fake.Body);
    }

    [Fact]
    public async Task Polls_until_succeeded_honouring_retry_after()
    {
        _fake.OnAnalyze(new FakeAnswer(202, RetryAfter: "0"))
            .OnPoll(Running("0"), Running("0"), Succeeded(AnalyzeResultJson.Build("prebuilt-layout", Letter)));
        var clock = Stopwatch.StartNew();

        // A poll interval of 30 s would time the test out: Retry-After: 0 must win.
        var doc = await Engine(o => o.PollInterval = TimeSpan.FromSeconds(30)).ReadAsync(TestPdf.EmptyPages(1), "5176.pdf");

        Assert.Single(doc.Pages);
        Assert.Equal(3, _fake.Count("GET"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_retry_after_polls_at_the_configured_interval()
    {
        _fake.OnAnalyze(new FakeAnswer(202)).OnPoll(Running(null), Running(null), Succeeded(AnalyzeResultJson.Build("prebuilt-read", Letter)));
        var clock = Stopwatch.StartNew();

        await Engine(o => o.PollInterval = TimeSpan.FromMilliseconds(300)).ReadAsync(TestPdf.EmptyPages(1), "5176.pdf");

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(550), $"two waits of 300 ms, took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Too_many_requests_waits_retry_after_and_tries_again()
    {
        var throttled = new FakeAnswer(429, new() { ["error"] = Error("429", "Requests to the Analyze Document Operation under Document Intelligence API have exceeded rate limit of your current pricing tier.") }, RetryAfter: "1");
        _fake.OnAnalyze(throttled, new FakeAnswer(202)).OnPoll(Succeeded(AnalyzeResultJson.Build("prebuilt-layout", Letter)));
        var clock = Stopwatch.StartNew();

        var doc = await Engine().ReadAsync(TestPdf.EmptyPages(1), "5176.pdf");

        Assert.Single(doc.Pages);
        Assert.Equal(2, _fake.Count("POST"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited {clock.ElapsedMilliseconds} ms for Retry-After: 1");
    }

    [Fact]
    public async Task Throttled_for_too_long_is_a_transient_failure()
    {
        _fake.OnAnalyze(new FakeAnswer(429, RetryAfter: "0"));

        var e = await Assert.ThrowsAsync<OcrException>(() => Engine(o => o.MaxThrottleRetries = 2).ReadAsync(TestPdf.EmptyPages(1), "5176.pdf"));

        Assert.Equal(OcrFailure.Throttled, e.Failure);
        Assert.True(e.IsTransient);
        Assert.Contains("429", e.Message);
        Assert.Equal(3, _fake.Count("POST"));
    }

    [Fact]
    public async Task Failed_analysis_of_a_bad_file_is_permanent_with_the_service_message()
    {
        _fake.OnAnalyze(new FakeAnswer(202)).OnPoll(Running(), Failed("InvalidRequest", "Invalid request.", "InvalidContent",
            "The file is corrupted or format is unsupported. Refer to documentation for the list of supported formats."));

        var e = await Assert.ThrowsAsync<OcrException>(() => Engine().ReadAsync(TestPdf.EmptyPages(1), "5176.pdf"));

        Assert.Equal(OcrFailure.Corrupt, e.Failure);
        Assert.False(e.IsTransient);
        Assert.Contains("The file is corrupted or format is unsupported", e.Message);
    }

    [Fact]
    public async Task Failed_analysis_on_the_service_side_is_transient()
    {
        _fake.OnAnalyze(new FakeAnswer(202)).OnPoll(Failed("InternalServerError", "An unexpected error occurred."));

        var e = await Assert.ThrowsAsync<OcrException>(() => Engine().ReadAsync(TestPdf.EmptyPages(1), "5176.pdf"));

        Assert.Equal(OcrFailure.ServiceError, e.Failure);
        Assert.True(e.IsTransient);
        Assert.Contains("An unexpected error occurred", e.Message);
    }

    [Fact]
    public async Task Analysis_that_never_ends_times_out()
    {
        _fake.OnAnalyze(new FakeAnswer(202)).OnPoll(Running("0"));
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<OcrException>(() =>
            Engine(o => (o.Timeout, o.PollInterval) = (TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50))).ReadAsync(TestPdf.EmptyPages(1), "5176.pdf"));

        Assert.Equal(OcrFailure.Timeout, e.Failure);
        Assert.True(e.IsTransient);
        Assert.Contains("timed out after 1 s", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Wrong_key_is_reported_as_access_denied()
    {
        _fake.OnAnalyze(new FakeAnswer(202));

        var e = await Assert.ThrowsAsync<OcrException>(() => Engine(o => o.Key = "wrong-key").ReadAsync(TestPdf.EmptyPages(1), "5176.pdf"));

        Assert.Equal(OcrFailure.ServiceError, e.Failure);
        Assert.True(e.IsTransient); // the file is fine: it can be read once the key is fixed
        Assert.Contains("access denied, HTTP 401", e.Message);
        Assert.Contains("invalid subscription key", e.Message);
    }

    [Fact]
    public async Task Entra_id_token_is_sent_as_bearer_when_there_is_no_key()
    {
        _fake.OnAnalyze(new FakeAnswer(202)).OnPoll(Succeeded(AnalyzeResultJson.Build("prebuilt-layout", Letter)));

        var doc = await Engine(o => (o.Key, o.Credential) = (null, new FixedToken())).ReadAsync(TestPdf.EmptyPages(1), "5176.pdf");

        Assert.Single(doc.Pages);
    }

    [Fact]
    public async Task Bad_files_are_refused_before_anything_is_uploaded()
    {
        var engine = Engine();

        var text = await Assert.ThrowsAsync<OcrException>(() => engine.ReadAsync(Encoding.UTF8.GetBytes("Số: 12/UBND-VP"), "scan.pdf"));
        var huge = await Assert.ThrowsAsync<OcrException>(() => engine.ReadAsync(TestImage.PngHeaderOnly(20000, 20000), "huge.png"));
        var thick = await Assert.ThrowsAsync<OcrException>(() => engine.ReadAsync(TestPdf.EmptyPages(300), "thick.pdf"));

        Assert.Equal((OcrFailure.Unsupported, OcrFailure.TooLarge, OcrFailure.TooManyPages), (text.Failure, huge.Failure, thick.Failure));
        Assert.Contains("too many pages: 300, limit 50", thick.Message);
        Assert.Empty(_fake.Requests);
    }

    private IOcrEngine Engine(Action<DocumentIntelligenceOptions>? configure = null)
    {
        var options = new OcrOptions { Engine = "documentintelligence" };
        options.DocumentIntelligence.Endpoint = _fake.Endpoint;
        options.DocumentIntelligence.Key = Key;
        configure?.Invoke(options.DocumentIntelligence);
        var engine = OcrEngines.Create(options, _http);
        Assert.IsType<DocumentIntelligenceEngine>(engine);
        return engine;
    }

    private sealed class FixedToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Assert.Equal(["https://cognitiveservices.azure.com/.default"], requestContext.Scopes);
            return ValueTask.FromResult(GetToken(requestContext, cancellationToken));
        }
    }
}
