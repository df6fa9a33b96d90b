namespace DonDoc.Storage;

/// <summary>
/// Copy Blob (asynchronous on the service side): start it, then poll the destination's x-ms-copy-status
/// until it leaves "pending". Within one account a copy is usually done on return (Azurite: always).
/// </summary>
internal static class BlobCopy
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(BlobContainer container, string name, Uri source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var request = new StorageRequest(HttpMethod.Put, container.UriFor(name)).With("x-ms-copy-source", source.AbsoluteUri);
        var response = await container.SendOkAsync(request, ct).ConfigureAwait(false);
        var status = response.Header("x-ms-copy-status");
        var delay = FirstPoll;
        while (string.Equals(status, "pending", StringComparison.OrdinalIgnoreCase))
        {
            await Task.Delay(delay, ct).ConfigureAwait(false);
            delay = delay * 2 < MaxPoll ? delay * 2 : MaxPoll;
            var head = new StorageRequest(HttpMethod.Head, container.UriFor(name));
            response = await container.SendOkAsync(head, ct).ConfigureAwait(false);
            status = response.Header("x-ms-copy-status");
        }
        if (status is not null && !string.Equals(status, "success", StringComparison.OrdinalIgnoreCase))
            throw new StorageException(500, "CopyFailed",
                $"Copy of {source} to {container.Name}/{name} ended '{status}': {response.Header("x-ms-copy-status-description")}", isTransient: false);
    }
}
