using System.Globalization;
using System.Net;
using System.Text.Json;
using DonDoc.Ocr.Formats;

namespace DonDoc.Ocr.DocumentIntelligence;

/// <summary>
/// OCR by Azure AI Document Intelligence, REST API v4.0 (2024-11-30): the file's bytes are posted to
/// <c>{endpoint}/documentintelligence/documentModels/{model}:analyze</c>, the 202's Operation-Location is
/// polled (honouring Retry-After) until the analysis succeeds or fails, 429/503 answers are waited out a
/// limited number of times, and the whole exchange is bounded by <see cref="DocumentIntelligenceOptions.Timeout"/>.
/// The same byte, page and pixel limits as the local engine are checked before anything is uploaded.
/// </summary>
public sealed class DocumentIntelligenceEngine : IOcrEngine
{
    /// <summary>The REST API version spoken.</summary>
    public const string ApiVersion = "2024-11-30";

    private readonly OcrOptions _options;
    private readonly DocumentIntelligenceOptions _di;
    private readonly HttpClient _http;
    private readonly Authorizer _auth;

    /// <summary>Creates the engine over <paramref name="http"/>; throws <see cref="ArgumentException"/> without an endpoint.</summary>
    public DocumentIntelligenceEngine(OcrOptions options, HttpClient http)
    {
        _options = options;
        _di = options.DocumentIntelligence;
        if (_di.Endpoint is null)
        {
            throw new ArgumentException("Document Intelligence needs an endpoint (DONDOC_DI_ENDPOINT)", nameof(options));
        }
        _http = http;
        _auth = new Authorizer(_di);
    }

    /// <inheritdoc />
    public string Name => OcrOptions.DocumentIntelligenceEngine;

    /// <inheritdoc />
    public Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default) =>
        ReadAsync(content, fileName, null, ct);

    /// <inheritdoc />
    public async Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<OcrProgress>? progress, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        var format = OcrLimits.CheckFile(content.Span, name, _options);
        if (format == DocumentFormat.Pdf && PdfPageCount.AtLeast(content.Span) is var pages && pages > _options.MaxPages)
        {
            throw OcrErrors.TooManyPages(name, pages, _options.MaxPages);
        }
        if (format != DocumentFormat.Pdf)
        {
            OcrLimits.CheckImage(format, content.Span, name, _options);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_di.Timeout);
        try
        {
            var operation = await SubmitAsync(content, name, deadline.Token).ConfigureAwait(false);
            var document = await PollAsync(operation, name, deadline.Token).ConfigureAwait(false);
            progress?.Report(new OcrProgress(document.Pages.Count, document.Pages.Count));
            return document;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new OcrException(OcrFailure.Timeout, string.Format(CultureInfo.InvariantCulture,
                "Document Intelligence quá thời gian (timed out after {1:0.#} s; will retry)", name, _di.Timeout.TotalSeconds), isTransient: true);
        }
        catch (HttpRequestException e)
        {
            throw new OcrException(OcrFailure.ServiceError,
                $"không kết nối được Document Intelligence (cannot reach the service: {e.Message}; will retry)", isTransient: true, e);
        }
    }

    private async Task<Uri> SubmitAsync(ReadOnlyMemory<byte> content, string name, CancellationToken ct)
    {
        var url = new Uri(_di.Endpoint!, string.Create(CultureInfo.InvariantCulture,
            $"documentintelligence/documentModels/{Uri.EscapeDataString(_di.Model)}:analyze?api-version={ApiVersion}&stringIndexType=utf16CodeUnit&pages=1-{_options.MaxPages}"));
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(content) };
            request.Content.Headers.ContentType = new("application/octet-stream");
            await _auth.ApplyAsync(request, ct).ConfigureAwait(false);
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return response.Headers.TryGetValues("Operation-Location", out var location) && Uri.TryCreate(location.First(), UriKind.Absolute, out var operation)
                    ? operation
                    : throw new OcrException(OcrFailure.ServiceError, $"Document Intelligence gave no Operation-Location", isTransient: true);
            }
            await BackOffOrThrowAsync(response, attempt, name, ct).ConfigureAwait(false);
        }
    }

    private async Task<OcrDocument> PollAsync(Uri operation, string name, CancellationToken ct)
    {
        for (var throttled = 0; ;)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, operation);
            await _auth.ApplyAsync(request, ct).ConfigureAwait(false);
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await BackOffOrThrowAsync(response, throttled++, name, ct).ConfigureAwait(false);
                continue;
            }
            throttled = 0;
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false);
            var root = json.RootElement;
            var status = root.TryGetProperty("status", out var s) ? s.GetString() : null;
            switch (status)
            {
                case "succeeded":
                    return root.TryGetProperty("analyzeResult", out var result)
                        ? AnalyzeResultReader.Read(result, Name)
                        : throw new OcrException(OcrFailure.ServiceError, $"Document Intelligence succeeded without a result", isTransient: true);
                case "failed":
                    throw ServiceErrors.FromFailedOperation(root.TryGetProperty("error", out var error) ? error : default, name);
                case "canceled":
                    throw new OcrException(OcrFailure.ServiceError, $"Document Intelligence canceled the analysis (will retry)", isTransient: true);
                default: // notStarted, running
                    await Task.Delay(Min(RetryAfter.From(response) ?? _di.PollInterval, _di.MaxRetryAfter), ct).ConfigureAwait(false);
                    break;
            }
        }
    }

    // 429 and 503 are waited out (Retry-After) up to MaxThrottleRetries times; any other answer ends the read.
    private async Task BackOffOrThrowAsync(HttpResponseMessage response, int attempt, string name, CancellationToken ct)
    {
        var status = response.StatusCode;
        if (status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            throw ServiceErrors.FromResponse(status, await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false), name);
        }
        if (attempt >= _di.MaxThrottleRetries)
        {
            throw status == HttpStatusCode.TooManyRequests
                ? new OcrException(OcrFailure.Throttled, $"Document Intelligence đang quá tải (throttled: 429 Too Many Requests {attempt + 1} times; will retry)", isTransient: true)
                : ServiceErrors.FromResponse(status, await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false), name);
        }
        await Task.Delay(RetryAfter.Wait(response, attempt, _di.MaxRetryAfter), ct).ConfigureAwait(false);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
