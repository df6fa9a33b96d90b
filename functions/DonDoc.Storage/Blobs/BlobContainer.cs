using System.Globalization;
using System.Runtime.CompilerServices;

namespace DonDoc.Storage;

/// <summary>
/// One blob container: block blobs read and written whole, listing with paging, metadata, same-account
/// copy, leases. Get it from <see cref="StorageAccount.Container"/>; thread-safe.
/// </summary>
/// <remarks>
/// Errors other than the documented "null/false when the blob does not exist" cases throw
/// <see cref="StorageException"/>; a missing container (404 ContainerNotFound) always throws. Blob
/// names are escaped per path segment ('/' separates virtual folders), so Vietnamese, spaces, '#' and '?'
/// are safe; "." and ".." segments are rejected because URIs would collapse them.
/// </remarks>
public sealed class BlobContainer
{
    private readonly StorageAccount _account;
    private readonly string _base; // endpoint + "/" + escaped container name

    internal BlobContainer(StorageAccount account, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _account = account;
        Name = name;
        _base = StorageAccount.Base(account.BlobEndpoint) + "/" + Uri.EscapeDataString(name);
        Uri = new Uri(_base);
    }

    /// <summary>The container name.</summary>
    public string Name { get; }

    /// <summary>The container's URI.</summary>
    public Uri Uri { get; }

    /// <summary>Creates the container unless it exists (409 ContainerAlreadyExists counts as success).</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken ct = default)
    {
        var request = new StorageRequest(HttpMethod.Put, new Uri(_base + "?restype=container"));
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (!response.IsSuccess && response.Status != 409) throw StorageErrors.From(request, response);
    }

    /// <summary>Lists the blobs whose names start with <paramref name="prefix"/>, with metadata, in name order, 5,000 per request.</summary>
    public IAsyncEnumerable<BlobItem> ListAsync(string? prefix = null, CancellationToken ct = default) => ListAsync(prefix, 5000, ct);

    /// <summary>
    /// Lists the blobs whose names start with <paramref name="prefix"/>, <paramref name="pageSize"/> per request
    /// (1–5,000), following NextMarker until the last page. Pages are fetched as the caller enumerates.
    /// </summary>
    public async IAsyncEnumerable<BlobItem> ListAsync(string? prefix, int pageSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 5000);
        string? marker = null;
        do
        {
            var url = $"{_base}?restype=container&comp=list&include=metadata&maxresults={pageSize.ToString(CultureInfo.InvariantCulture)}";
            if (!string.IsNullOrEmpty(prefix)) url += "&prefix=" + Uri.EscapeDataString(prefix);
            if (marker is not null) url += "&marker=" + Uri.EscapeDataString(marker);
            var response = await SendOkAsync(new StorageRequest(HttpMethod.Get, new Uri(url)), ct).ConfigureAwait(false);
            var (items, next) = BlobListXml.Parse(response.Body);
            foreach (var item in items) yield return item;
            marker = next;
        }
        while (marker is not null);
    }

    /// <summary>Reads a blob whole; null when it does not exist.</summary>
    public async Task<BlobContent?> GetAsync(string name, CancellationToken ct = default)
    {
        var request = new StorageRequest(HttpMethod.Get, UriFor(name));
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (StorageErrors.IsItemNotFound(response)) return null;
        if (!response.IsSuccess) throw StorageErrors.From(request, response);
        return new BlobContent(BlobMetadata.ItemFromHeaders(name, response, response.Body.Length), response.Body);
    }

    /// <summary>Reads a blob's properties and metadata; null when it does not exist.</summary>
    public async Task<BlobItem?> HeadAsync(string name, CancellationToken ct = default)
    {
        var request = new StorageRequest(HttpMethod.Head, UriFor(name));
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (StorageErrors.IsItemNotFound(response)) return null;
        if (!response.IsSuccess) throw StorageErrors.From(request, response);
        return BlobMetadata.ItemFromHeaders(name, response);
    }

    /// <summary>
    /// Writes a block blob in one request (Put Blob), replacing content, content type and metadata.
    /// Metadata values that are not printable ASCII are stored percent-encoded (see the remarks of this
    /// class's metadata handling: they read back decoded).
    /// </summary>
    /// <param name="name">The blob name.</param>
    /// <param name="bytes">The content.</param>
    /// <param name="contentType">Stored Content-Type; application/octet-stream when null.</param>
    /// <param name="metadata">User metadata; names must be ASCII identifiers.</param>
    /// <param name="overwrite">False: create only (If-None-Match: *); an existing blob throws a StorageException with Status 409, ErrorCode BlobAlreadyExists.</param>
    /// <param name="ct">Cancels the request.</param>
    /// <returns>The new blob's properties (ETag and Last-Modified from the service).</returns>
    public async Task<BlobItem> PutAsync(string name, ReadOnlyMemory<byte> bytes, string? contentType = null,
        IReadOnlyDictionary<string, string>? metadata = null, bool overwrite = true, CancellationToken ct = default)
    {
        if (contentType is not null && contentType.Any(c => c is < ' ' or > '~'))
            throw new ArgumentException($"Content type '{contentType}' must be printable ASCII (it travels in a header).", nameof(contentType));
        var request = new StorageRequest(HttpMethod.Put, UriFor(name)) { Body = bytes, ContentType = contentType ?? "application/octet-stream" }
            .With("x-ms-blob-type", "BlockBlob");
        if (!overwrite) request.With("If-None-Match", "*");
        BlobMetadata.AddTo(request, metadata);
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (!overwrite && response.Status is 409 or 412)
            throw new StorageException(409, "BlobAlreadyExists", $"{request}: the blob already exists (overwrite: false)", isTransient: false);
        if (!response.IsSuccess) throw StorageErrors.From(request, response);
        var written = BlobMetadata.ItemFromHeaders(name, response, bytes.Length);
        return written with { ContentType = request.ContentType, Metadata = CopyOf(metadata) };
    }

    /// <summary>Replaces all of a blob's metadata (values encoded as in <see cref="PutAsync"/>). 404 throws.</summary>
    public async Task SetMetadataAsync(string name, IReadOnlyDictionary<string, string> metadata, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var request = BlobMetadata.AddTo(new StorageRequest(HttpMethod.Put, UriFor(name, "comp=metadata")), metadata);
        await SendOkAsync(request, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies <paramref name="source"/> (a blob of the same account, e.g. another container's
    /// <see cref="UriFor(string)"/>) to <paramref name="name"/> here, and waits until the copy has completed.
    /// </summary>
    /// <exception cref="StorageException">The source does not exist (404), or the copy failed or was aborted.</exception>
    public Task CopyFromAsync(string name, Uri source, CancellationToken ct = default) => BlobCopy.RunAsync(this, name, source, ct);

    /// <summary>Deletes a blob and its snapshots; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        var request = new StorageRequest(HttpMethod.Delete, UriFor(name)).With("x-ms-delete-snapshots", "include");
        var response = await SendAsync(request, ct).ConfigureAwait(false);
        if (StorageErrors.IsItemNotFound(response)) return false;
        return response.IsSuccess ? true : throw StorageErrors.From(request, response);
    }

    /// <summary>
    /// Takes a write lease on an existing blob for <paramref name="duration"/> (15–60 s, or
    /// <see cref="Timeout.InfiniteTimeSpan"/>); null when someone else holds a lease. While leased, writes
    /// and deletes by others fail with 412.
    /// </summary>
    public Task<string?> AcquireLeaseAsync(string name, TimeSpan duration, CancellationToken ct = default) => BlobLease.AcquireAsync(this, name, duration, ct);

    /// <summary>Releases a lease taken with <see cref="AcquireLeaseAsync"/>. A lease that has expired and been taken by another throws (409).</summary>
    public Task ReleaseLeaseAsync(string name, string leaseId, CancellationToken ct = default) => BlobLease.ReleaseAsync(this, name, leaseId, ct);

    /// <summary>The blob's URI: each '/'-separated segment percent-encoded (UTF-8).</summary>
    /// <exception cref="ArgumentException">Empty name, or a "." or ".." segment.</exception>
    public Uri UriFor(string name) => new(EscapedBlobUrl(name));

    internal Uri UriFor(string name, string query) => new(EscapedBlobUrl(name) + "?" + query);

    internal Task<StorageResponse> SendAsync(StorageRequest request, CancellationToken ct) =>
        _account.Pipeline.SendAsync(request, _account.BlobQueueAuthorizer, ct);

    internal Task<StorageResponse> SendOkAsync(StorageRequest request, CancellationToken ct) =>
        _account.Pipeline.SendOkAsync(request, _account.BlobQueueAuthorizer, ct);

    private string EscapedBlobUrl(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var segments = name.Split('/');
        foreach (var segment in segments)
            if (segment is "." or "..")
                throw new ArgumentException($"Blob name '{name}' has a '{segment}' segment, which a URI cannot carry.", nameof(name));
        return _base + "/" + string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static IReadOnlyDictionary<string, string> CopyOf(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is null ? new Dictionary<string, string>() : new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
}
