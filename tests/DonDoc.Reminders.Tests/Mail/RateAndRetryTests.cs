using Microsoft.Extensions.Time.Testing;

namespace DonDoc.Reminders.Tests;

public class RateAndRetryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 8, 6, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_window_admits_its_limit_then_says_how_long_to_wait()
    {
        var window = new SlidingWindow(3, TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.Zero, window.TryTake(T0));
        Assert.Equal(TimeSpan.Zero, window.TryTake(T0.AddSeconds(10)));
        Assert.Equal(TimeSpan.Zero, window.TryTake(T0.AddSeconds(20)));
        Assert.Equal(TimeSpan.FromSeconds(30), window.TryTake(T0.AddSeconds(30)));
        // The first start leaves the window at exactly one minute.
        Assert.Equal(TimeSpan.Zero, window.TryTake(T0.AddSeconds(60)));
        Assert.Equal(TimeSpan.FromSeconds(9), window.TryTake(T0.AddSeconds(61)));
    }

    [Fact]
    public async Task The_limiter_holds_the_thirty_first_start_until_the_minute_has_passed()
    {
        var time = new FakeTimeProvider(T0);
        var limiter = new MailRateLimiter(time: time);
        for (var i = 0; i < 30; i++)
        {
            (await limiter.AcquireAsync(CancellationToken.None)).Dispose();
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var thirtyFirst = limiter.AcquireAsync(CancellationToken.None);
        Assert.False(thirtyFirst.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(thirtyFirst.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        (await thirtyFirst.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task The_limiter_allows_four_in_flight()
    {
        var limiter = new MailRateLimiter(time: new FakeTimeProvider(T0));
        var leases = new List<IDisposable>();
        for (var i = 0; i < 4; i++)
        {
            leases.Add(await limiter.AcquireAsync(CancellationToken.None));
        }

        var fifth = limiter.AcquireAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(fifth.IsCompleted);
        leases[0].Dispose();
        leases[0].Dispose();

        leases.Add(await fifth.WaitAsync(TimeSpan.FromSeconds(5)));
        var sixth = limiter.AcquireAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(sixth.IsCompleted, "disposing a lease twice must not free two slots");
    }

    [Fact]
    public async Task Waiting_can_be_cancelled_and_frees_nothing_it_did_not_take()
    {
        var limiter = new MailRateLimiter(maxConcurrent: 1, time: new FakeTimeProvider(T0));
        using var held = await limiter.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(cts.Token);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Theory]
    [InlineData(429, "7", 1, 7.0)]
    [InlineData(503, "3", 1, 3.0)]
    [InlineData(503, null, 1, 2.0)]
    [InlineData(500, "9", 1, 2.0)]
    [InlineData(500, null, 2, 4.0)]
    [InlineData(502, null, 3, 8.0)]
    [InlineData(504, null, 9, 120.0)]
    [InlineData(429, "Wed, 06 Aug 2025 01:00:30 GMT", 1, 30.0)]
    [InlineData(429, "soon", 1, 2.0)]
    public void Retry_delays(int status, string? retryAfter, int attempt, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), GraphRetry.Delay(status, retryAfter, attempt, T0, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2)));

    [Fact]
    public void A_retry_after_beyond_the_cap_means_give_up_for_now() =>
        Assert.Null(GraphRetry.Delay(429, "121", 1, T0, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2)));

    [Theory]
    [InlineData(null, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(413, false)]
    public void Which_statuses_are_worth_retrying(int? status, bool transient) => Assert.Equal(transient, GraphRetry.IsTransient(status));
}
