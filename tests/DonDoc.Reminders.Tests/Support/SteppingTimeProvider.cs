using System.Collections.Concurrent;

namespace DonDoc.Reminders.Tests;

/// <summary>
/// A clock that never sleeps: every timer (Task.Delay on this provider) fires at once and moves the clock
/// forward by its due time, and the waits asked for are recorded, so retry and rate-limit waits are asserted
/// exactly without a test spending them.
/// </summary>
public sealed class SteppingTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = new(2025, 8, 6, 1, 0, 0, TimeSpan.Zero);

    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Waits.Enqueue(dueTime);
            lock (gate)
            {
                now += dueTime;
            }
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
