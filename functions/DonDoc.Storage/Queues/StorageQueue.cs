using System.Globalization;

namespace DonDoc.Storage;

/// <summary>
/// One Storage queue. Message text is sent base64-encoded (UTF-8), the encoding the Functions host's
/// queue trigger expects by default, and decoded on receipt. Get it from <see cref="StorageAccount.Queue"/>;
/// thread-safe.
/// </summary>
public sealed class StorageQueue
{
    /// <summary>A message body may hold 64 KiB once base64-encoded: about 48 KiB of UTF-8 text.</summary>
    public const int MaxEncodedLength = 64 * 1024;

    private readonly StorageAccount _account;
    private readonly string _base;

    internal StorageQueue(StorageAccount account, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _account = account;
        Name = name;
        _base = StorageAccount.Base(account.QueueEndpoint) + "/" + Uri.EscapeDataString(name);
    }

    /// <summary>The queue name.</summary>
    public string Name { get; }

    /// <summary>Creates the queue unless it exists.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken ct = default)
    {
        var request = new StorageRequest(HttpMethod.Put, new Uri(_base));
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (!response.IsSuccess && response.Status != 409) throw StorageErrors.From(request, response);
    }

    /// <summary>Enqueues <paramref name="text"/>, invisible for <paramref name="visibilityDelay"/> (up to 7 days) when given.</summary>
    /// <exception cref="ArgumentException">The text exceeds 64 KiB once base64-encoded.</exception>
    public async Task SendAsync(string text, TimeSpan? visibilityDelay = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encodedLength = (System.Text.Encoding.UTF8.GetByteCount(text) + 2) / 3 * 4;
        if (encodedLength > MaxEncodedLength)
            throw new ArgumentException($"A queue message holds {MaxEncodedLength} bytes once base64-encoded; this one needs {encodedLength}. Put large payloads in a blob and send its name.", nameof(text));
        var body = QueueXml.PutBody(text);
        var url = _base + "/messages";
        if (visibilityDelay is { } delay) url += "?visibilitytimeout=" + Seconds(delay, min: 0, nameof(visibilityDelay));
        await SendOkAsync(new StorageRequest(HttpMethod.Post, new Uri(url)) { Body = body, ContentType = "application/xml" }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Receives up to <paramref name="max"/> (1–32) visible messages and hides them for
    /// <paramref name="visibilityTimeout"/> (1 s – 7 days); an empty list when none is visible.
    /// </summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int max, TimeSpan visibilityTimeout, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 32);
        var url = $"{_base}/messages?numofmessages={max.ToString(CultureInfo.InvariantCulture)}&visibilitytimeout={Seconds(visibilityTimeout, min: 1, nameof(visibilityTimeout))}";
        var response = await SendOkAsync(new StorageRequest(HttpMethod.Get, new Uri(url)), ct).ConfigureAwait(false);
        return QueueXml.ParseMessages(response.Body);
    }

    /// <summary>
    /// Deletes a received message. A message that is gone (404 MessageNotFound) or whose pop receipt went
    /// stale because it became visible again and someone else received it (400 PopReceiptMismatch) is not
    /// an error: that receiver will process it, and processing is idempotent.
    /// </summary>
    public async Task DeleteAsync(QueueMessage m, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(m);
        var request = new StorageRequest(HttpMethod.Delete, MessageUri(m, null));
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (response.IsSuccess || StorageErrors.IsItemNotFound(response)) return;
        var error = StorageErrors.From(request, response);
        if (error.ErrorCode != "PopReceiptMismatch") throw error;
    }

    /// <summary>
    /// Hides a received message for another <paramref name="visibilityTimeout"/> (0 s – 7 days) from now, e.g.
    /// to keep working on it. Returns the message with its new pop receipt, which later calls must use.
    /// </summary>
    /// <exception cref="StorageException">404 MessageNotFound when the message is gone, 400 PopReceiptMismatch when the pop receipt is stale.</exception>
    public async Task<QueueMessage> UpdateVisibilityAsync(QueueMessage m, TimeSpan visibilityTimeout, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(m);
        var request = new StorageRequest(HttpMethod.Put, MessageUri(m, Seconds(visibilityTimeout, min: 0, nameof(visibilityTimeout))));
        var response = await SendOkAsync(request, ct).ConfigureAwait(false);
        return m with { PopReceipt = response.Header("x-ms-popreceipt") ?? m.PopReceipt };
    }

    /// <summary>The service's approximate message count (includes invisible messages).</summary>
    public async Task<int> ApproximateCountAsync(CancellationToken ct = default)
    {
        var response = await SendOkAsync(new StorageRequest(HttpMethod.Get, new Uri(_base + "?comp=metadata")), ct).ConfigureAwait(false);
        return int.TryParse(response.Header("x-ms-approximate-messages-count"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0;
    }

    private Uri MessageUri(QueueMessage m, string? visibilitySeconds)
    {
        var url = $"{_base}/messages/{Uri.EscapeDataString(m.Id)}?popreceipt={Uri.EscapeDataString(m.PopReceipt)}";
        if (visibilitySeconds is not null) url += "&visibilitytimeout=" + visibilitySeconds;
        return new Uri(url);
    }

    private static string Seconds(TimeSpan value, int min, string name)
    {
        var seconds = (long)Math.Ceiling(value.TotalSeconds);
        if (seconds < min || seconds > 7 * 24 * 3600)
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} s and 7 days.");
        return seconds.ToString(CultureInfo.InvariantCulture);
    }

    private Task<StorageResponse> SendAsync(StorageRequest request, CancellationToken ct) =>
        _account.Pipeline.SendAsync(request, _account.BlobQueueAuthorizer, ct);

    private Task<StorageResponse> SendOkAsync(StorageRequest request, CancellationToken ct) =>
        _account.Pipeline.SendOkAsync(request, _account.BlobQueueAuthorizer, ct);
}
