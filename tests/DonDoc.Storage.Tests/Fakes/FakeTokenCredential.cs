using Azure.Core;

namespace DonDoc.Storage.Tests.Fakes;

/// <summary>A TokenCredential that hands out numbered tokens and counts how often it was asked.</summary>
public sealed class FakeTokenCredential(TimeSpan lifetime) : TokenCredential
{
    private int _calls;

    public int Calls => _calls;

    public List<string[]> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _calls);
        lock (Scopes) Scopes.Add(requestContext.Scopes);
        return ValueTask.FromResult(new AccessToken($"token-{n}", DateTimeOffset.UtcNow + lifetime));
    }
}
