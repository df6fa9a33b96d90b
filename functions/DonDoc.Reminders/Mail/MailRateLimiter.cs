namespace DonDoc.Reminders;

/// <summary>
/// Keeps a sender mailbox inside Exchange Online's limits (platform notes §4.3): at most
/// <c>messagesPerWindow</c> requests started in any rolling window (30 a minute) and at most
/// <c>maxConcurrent</c> in flight (4). Waits on the injected <see cref="TimeProvider"/>, so tests advance a
/// fake clock instead of sleeping. Thread-safe; share one per sender mailbox.
/// </summary>
public sealed class MailRateLimiter
{
    private readonly SlidingWindow window;
    private readonly SemaphoreSlim inFlight;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    /// <summary>A limiter; the defaults are Exchange Online's per-mailbox limits.</summary>
    public MailRateLimiter(int messagesPerWindow = 30, TimeSpan? window = null, int maxConcurrent = 4, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messagesPerWindow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        this.window = new SlidingWindow(messagesPerWindow, window ?? TimeSpan.FromMinutes(1));
        inFlight = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Waits for a concurrency slot and room in the window, then returns a lease; dispose it when the request
    /// has finished (not before waiting to retry, so a sleeping retry does not hold a slot).
    /// </summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken ct)
    {
        await inFlight.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (gate)
                {
                    wait = window.TryTake(time.GetUtcNow());
                }
                if (wait <= TimeSpan.Zero)
                {
                    return new Lease(inFlight);
                }
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
        }
        catch
        {
            inFlight.Release();
            throw;
        }
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
