using System.Globalization;

namespace DonDoc.Reminders;

/// <summary>
/// What to do after a failed Graph request (platform notes §4.3): 429 and 503 wait for Retry-After (seconds
/// or an HTTP date), capped; other 5xx, 408 and network failures back off exponentially; any other 4xx is
/// permanent. Pure, so the policy is tested without a server.
/// </summary>
internal static class GraphRetry
{
    /// <summary>Whether a response status (null: no response, e.g. a network failure or timeout) is worth retrying.</summary>
    public static bool IsTransient(int? status) => status is null or 408 or 429 or >= 500;

    /// <summary>
    /// The wait before attempt <paramref name="attempt"/> + 1: the server's Retry-After when it gave one for
    /// 429/503, else <paramref name="baseDelay"/> doubled per attempt, capped at <paramref name="max"/>. Null
    /// when the server asks for longer than <paramref name="max"/>: retrying sooner would not honour it, so
    /// the send gives up for now and a later run retries.
    /// </summary>
    public static TimeSpan? Delay(int? status, string? retryAfter, int attempt, DateTimeOffset now, TimeSpan baseDelay, TimeSpan max)
    {
        if (status is 429 or 503 && ParseRetryAfter(retryAfter, now) is { } serverSays)
        {
            return serverSays > max ? null : serverSays;
        }
        var backoff = baseDelay * Math.Pow(2, Math.Max(0, attempt - 1));
        return backoff > max ? max : backoff;
    }

    /// <summary>Retry-After as delta-seconds ("7") or an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at > now ? at - now : TimeSpan.Zero;
        }
        return null;
    }
}
