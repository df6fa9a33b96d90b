namespace DonDoc.Reminders;

/// <summary>
/// At most <c>limit</c> starts in any rolling <c>window</c>: the pure core of <see cref="MailRateLimiter"/>.
/// Not thread-safe; the limiter locks around it.
/// </summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> starts = new();

    /// <summary>
    /// Records a start at <paramref name="now"/> and returns zero when the window has room; otherwise records
    /// nothing and returns how long until the oldest start leaves the window.
    /// </summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        while (starts.Count > 0 && starts.Peek() + window <= now)
        {
            starts.Dequeue();
        }
        if (starts.Count < limit)
        {
            starts.Enqueue(now);
            return TimeSpan.Zero;
        }
        return starts.Peek() + window - now;
    }
}
