namespace DonDoc.Reminders;

/// <summary>The outcome of checking a completion token.</summary>
public enum CompletionLinkStatus
{
    /// <summary>Signed with the key and not yet expired.</summary>
    Valid,

    /// <summary>Signed with the key, but past its expiry.</summary>
    Expired,

    /// <summary>Malformed, altered, or signed with another key.</summary>
    Invalid,
}

/// <summary>What a completion token says, once checked; <see cref="TaskId"/> is set only for authentic tokens.</summary>
/// <param name="Status">Valid, Expired or Invalid.</param>
/// <param name="TaskId">The task the token completes; null when Invalid.</param>
/// <param name="ExpiresAt">When the token stops working; null when Invalid.</param>
public sealed record CompletionLinkCheck(CompletionLinkStatus Status, string? TaskId, DateTimeOffset? ExpiresAt);
