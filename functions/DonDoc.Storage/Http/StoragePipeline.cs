using System.Globalization;
using System.Net;

namespace DonDoc.Storage;

/// <summary>
/// Sends <see cref="StorageRequest"/>s: stamps x-ms-date and x-ms-version, has the service's authorizer
/// sign each attempt, enforces the per-attempt time limit, and retries transient failures
/// (see <see cref="StorageOptions"/>). Thread-safe; one per account, shared by every client of it.
/// Exceptions from a TokenCredential (e.g. AuthenticationFailedException) are not retried here: the
/// credential retries its own calls.
/// </summary>
/// <remarks>
/// Non-idempotent operations (table insert, queue send, batch) are retried too, as the Azure SDKs do: a
/// retried insert whose first attempt did land answers 409, and a retried send may enqueue twice. The app
/// is at-least-once everywhere (design §3), so callers treat 409 on insert as "already there".
/// </remarks>
internal sealed class StoragePipeline(HttpClient http, StorageOptions options)
{
    public StorageOptions Options { get; } = options;

    /// <summary>
    /// Sends the request and returns the final response, successful or not: after a transient status has
    /// been retried <see cref="StorageOptions.MaxAttempts"/> times, the last response is returned.
    /// </summary>
    /// <exception cref="StorageException">No response after every attempt (Status 0, transient).</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<StorageResponse> SendAsync(StorageRequest request, IRequestAuthorizer authorizer, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            using (var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                attemptCts.CancelAfter(Options.AttemptTimeout);
                try
                {
                    using var message = await CreateMessageAsync(request, authorizer, attemptCts.Token).ConfigureAwait(false);
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptCts.Token).ConfigureAwait(false);
                    var body = await response.Content.ReadAsByteArrayAsync(attemptCts.Token).ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    if (!StorageException.IsTransientStatus(status) || attempt >= Options.MaxAttempts)
                        return new StorageResponse(status, response.Headers, response.Content.Headers, body);
                    retryAfter = RetryPolicy.RetryAfter(response);
                }
                catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
                {
                    // Our attempt timer fired, not the caller: a timeout, which is worth another try.
                    if (attempt >= Options.MaxAttempts)
                        throw new StorageException((int)HttpStatusCode.RequestTimeout, "ClientTimeout",
                            $"{request}: no complete answer within {Options.AttemptTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, {attempt} attempt(s)", isTransient: true, e);
                }
                catch (Exception e) when (e is HttpRequestException or IOException)
                {
                    // Connection refused or reset; a reset while reading the body surfaces as an IOException.
                    if (attempt >= Options.MaxAttempts)
                        throw new StorageException(0, "NetworkError", $"{request}: {e.Message} ({attempt} attempt(s))", isTransient: true, e);
                }
            }
            await Task.Delay(RetryPolicy.Delay(Options, attempt, retryAfter), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Sends the request and throws a <see cref="StorageException"/> unless it succeeded.</summary>
    public async Task<StorageResponse> SendOkAsync(StorageRequest request, IRequestAuthorizer authorizer, CancellationToken ct)
    {
        var response = await SendAsync(request, authorizer, ct).ConfigureAwait(false);
        return response.IsSuccess ? response : throw StorageErrors.From(request, response);
    }

    private async ValueTask<HttpRequestMessage> CreateMessageAsync(StorageRequest request, IRequestAuthorizer authorizer, CancellationToken ct)
    {
        var message = new HttpRequestMessage(request.Method, request.Uri);
        foreach (var (name, value) in request.Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        if (request.Body is { } body)
            message.Content = new ReadOnlyMemoryContent(body);
        else if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.Method != HttpMethod.Delete)
            message.Content = new ReadOnlyMemoryContent(ReadOnlyMemory<byte>.Empty); // PUT/POST/MERGE need Content-Length: 0
        if (request.ContentType is not null)
            (message.Content ??= new ReadOnlyMemoryContent(ReadOnlyMemory<byte>.Empty)).Headers.TryAddWithoutValidation("Content-Type", request.ContentType); // kept verbatim: it is signed
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        message.Headers.TryAddWithoutValidation("x-ms-date", date);
        message.Headers.TryAddWithoutValidation("x-ms-version", Options.ServiceVersion);
        await authorizer.AuthorizeAsync(message, request, date, ct).ConfigureAwait(false);
        return message;
    }
}
