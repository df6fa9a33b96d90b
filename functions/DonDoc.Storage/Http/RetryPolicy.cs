namespace DonDoc.Storage;

/// <summary>Back-off delays: exponential with full jitter, so that clients that failed together do not retry together.</summary>
internal static class RetryPolicy
{
    /// <param name="options">Base and maximum delay.</param>
    /// <param name="attempt">The attempt that just failed, 1-based.</param>
    /// <param name="retryAfter">The server's Retry-After, if any; honoured up to <see cref="StorageOptions.MaxDelay"/>.</param>
    public static TimeSpan Delay(StorageOptions options, int attempt, TimeSpan? retryAfter)
    {
        var ceiling = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        ceiling = Math.Min(ceiling, options.MaxDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
        if (retryAfter is { } after && after > delay) delay = after < options.MaxDelay ? after : options.MaxDelay;
        return delay;
    }

    /// <summary>Reads Retry-After (seconds or an HTTP date) from a response.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow;
        return null;
    }
}
