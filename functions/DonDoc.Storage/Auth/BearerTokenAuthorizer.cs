using Azure.Core;

namespace DonDoc.Storage;

/// <summary>
/// Entra ID bearer tokens for scope https://storage.azure.com/.default, cached until five minutes before
/// they expire (some credentials cache tokens themselves, not all, and a fetch costs a network round
/// trip). One instance serves the blobs, queues and tables of an account. Thread-safe.
/// </summary>
internal sealed class BearerTokenAuthorizer(TokenCredential credential) : IRequestAuthorizer
{
    private static readonly TokenRequestContext Context = new(["https://storage.azure.com/.default"]);
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _token; // a reference, so readers never see half of an update

    public async ValueTask AuthorizeAsync(HttpRequestMessage message, StorageRequest request, string date, CancellationToken ct)
    {
        var token = _token;
        if (IsStale(token))
        {
            // One fetch at a time: the first caller refreshes, the others then find a fresh token.
            await _refresh.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                if (IsStale(_token))
                {
                    var fresh = await credential.GetTokenAsync(Context, ct).ConfigureAwait(false);
                    _token = new CachedToken(fresh.Token, fresh.ExpiresOn);
                }
                token = _token;
            }
            finally
            {
                _refresh.Release();
            }
        }
        message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token!.Value);
    }

    private static bool IsStale(CachedToken? token) => token is null || token.ExpiresOn - RefreshMargin <= DateTimeOffset.UtcNow;

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresOn);
}
