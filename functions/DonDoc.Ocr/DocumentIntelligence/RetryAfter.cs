using System.Globalization;
using System.Net.Http.Headers;

namespace DonDoc.Ocr.DocumentIntelligence;

/// <summary>How long the service asked us to wait: Retry-After in seconds or as a date (RFC 9110 §10.2.3), or retry-after-ms.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }
        return response.Headers.RetryAfter switch
        {
            RetryConditionHeaderValue { Delta: { } delta } => delta,
            RetryConditionHeaderValue { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>The wait before the next try: what the service asked, else 1, 2, 4… seconds; never more than <paramref name="max"/>.</summary>
    public static TimeSpan Wait(HttpResponseMessage response, int attempt, TimeSpan max)
    {
        var wait = From(response) ?? TimeSpan.FromSeconds(Math.Pow(2, Math.Min(attempt, 10)));
        return wait > max ? max : wait;
    }
}
