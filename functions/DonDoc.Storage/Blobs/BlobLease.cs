using System.Globalization;

namespace DonDoc.Storage;

/// <summary>Lease Blob: acquire and release (learn.microsoft.com/rest/api/storageservices/lease-blob).</summary>
internal static class BlobLease
{
    public static async Task<string?> AcquireAsync(BlobContainer container, string name, TimeSpan duration, CancellationToken ct)
    {
        var seconds = duration == Timeout.InfiniteTimeSpan ? -1 : (int)duration.TotalSeconds;
        if (seconds != -1 && (seconds < 15 || seconds > 60 || duration.TotalSeconds != seconds))
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts 15 to 60 whole seconds, or is infinite (Timeout.InfiniteTimeSpan).");
        var request = new StorageRequest(HttpMethod.Put, container.UriFor(name, "comp=lease"))
            .With("x-ms-lease-action", "acquire")
            .With("x-ms-lease-duration", seconds.ToString(CultureInfo.InvariantCulture));
        var response = await container.SendAsync(request, ct).ConfigureAwait(false);
        if (response.Status == 409) return null; // LeaseAlreadyPresent
        if (!response.IsSuccess) throw StorageErrors.From(request, response);
        return response.Header("x-ms-lease-id") ?? throw new StorageException(response.Status, null, $"{request}: no x-ms-lease-id in the answer", isTransient: false);
    }

    public static async Task ReleaseAsync(BlobContainer container, string name, string leaseId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(leaseId);
        var request = new StorageRequest(HttpMethod.Put, container.UriFor(name, "comp=lease"))
            .With("x-ms-lease-action", "release")
            .With("x-ms-lease-id", leaseId);
        await container.SendOkAsync(request, ct).ConfigureAwait(false);
    }
}
