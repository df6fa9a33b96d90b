using Azure.Core;

namespace DonDoc.Reminders.Tests;

/// <summary>A token credential that hands out a fixed token and counts how often it was asked.</summary>
public sealed class FakeCredential : TokenCredential
{
    private int requests;

    public int Requests => requests;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        return new AccessToken("fake-token", DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
