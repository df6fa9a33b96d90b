using System.Net;
using System.Text;
using DonDoc.Storage.Tests.Fakes;

namespace DonDoc.Storage.Tests;

/// <summary>The pipeline's retry and timeout behaviour, against a scripted handler (no Azurite).</summary>
public sealed class RetryTests
{
    private static readonly StorageOptions Fast = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5), MaxAttempts = 4 };

    private static StorageAccount Account(HttpMessageHandler handler, StorageOptions? options = null) =>
        StorageAccount.FromConnectionString("UseDevelopmentStorage=true", handler, options ?? Fast);

    [Fact]
    public async Task A_503_twice_then_success_is_retried_and_succeeds()
    {
        var handler = FakeHandler.Statuses(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent);
        using var account = Account(handler);
        Assert.True(await account.Table("Tasks").DeleteAsync("p", "r"));
        Assert.Equal(3, handler.Calls);
        // Every attempt is a fresh, freshly signed message.
        Assert.All(handler.Requests, r => Assert.StartsWith("SharedKey devstoreaccount1:", r.Headers.Authorization!.ToString()));
        Assert.Equal(3, handler.Requests.Distinct().Count());
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        var handler = new FakeHandler((_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("""{"odata.error":{"code":"InvalidInput","message":{"lang":"en-US","value":"Bad key.\nRequestId:1"}}}""", Encoding.UTF8, "application/json"),
        }));
        using var account = Account(handler);
        var e = await Assert.ThrowsAsync<StorageException>(() => account.Table("Tasks").GetAsync("p", "r"));
        Assert.Equal(1, handler.Calls);
        Assert.Equal(400, e.Status);
        Assert.Equal("InvalidInput", e.ErrorCode);
        Assert.False(e.IsTransient);
        Assert.Contains("Bad key.", e.Message);
        Assert.DoesNotContain("RequestId", e.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Other_client_errors_are_not_retried(HttpStatusCode status)
    {
        var handler = FakeHandler.Statuses(status);
        using var account = Account(handler);
        await Assert.ThrowsAsync<StorageException>(() => account.Queue("q").ApproximateCountAsync());
        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Transient_statuses_are_retried_up_to_the_limit_then_reported_as_transient(HttpStatusCode status)
    {
        var handler = FakeHandler.Statuses(status);
        using var account = Account(handler);
        var e = await Assert.ThrowsAsync<StorageException>(() => account.Queue("q").ApproximateCountAsync());
        Assert.Equal(Fast.MaxAttempts, handler.Calls);
        Assert.Equal((int)status, e.Status);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public async Task Network_errors_are_retried()
    {
        var handler = new FakeHandler((_, call, _) => call < 2
            ? throw new HttpRequestException("Connection refused")
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("") }));
        using var account = Account(handler);
        await account.Container("c").CreateIfNotExistsAsync();
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task A_connection_reset_while_reading_the_body_is_retried()
    {
        var handler = new FakeHandler((_, call, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = call == 0 ? new BrokenContent() : new StringContent("""{"value":[]}""", Encoding.UTF8, "application/json"),
        }));
        using var account = Account(handler);
        Assert.Empty(await account.Table("Tasks").QueryAsync().ToListAsync());
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Network_errors_on_every_attempt_become_a_transient_StorageException()
    {
        var handler = new FakeHandler((_, _, _) => throw new HttpRequestException("Connection refused"));
        using var account = Account(handler, Fast with { MaxAttempts = 2 });
        var e = await Assert.ThrowsAsync<StorageException>(() => account.Container("c").HeadAsync("b"));
        Assert.Equal(2, handler.Calls);
        Assert.Equal(0, e.Status);
        Assert.True(e.IsTransient);
        Assert.IsType<HttpRequestException>(e.InnerException);
    }

    [Fact]
    public async Task An_attempt_that_hangs_times_out_and_is_retried()
    {
        var handler = new FakeHandler(async (_, call, ct) =>
        {
            if (call == 0) await Task.Delay(Timeout.Infinite, ct); // hangs until our attempt timer fires
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        });
        using var account = Account(handler, Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(200) });
        Assert.Null(await account.Container("c").HeadAsync("b"));
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Timeouts_on_every_attempt_become_a_transient_408()
    {
        var handler = new FakeHandler(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var account = Account(handler, Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(50), MaxAttempts = 2 });
        var e = await Assert.ThrowsAsync<StorageException>(() => account.Container("c").HeadAsync("b"));
        Assert.Equal(408, e.Status);
        Assert.True(e.IsTransient);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_retried()
    {
        using var cts = new CancellationTokenSource();
        var handler = new FakeHandler(async (_, _, ct) =>
        {
            cts.Cancel();
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var account = Account(handler);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => account.Container("c").HeadAsync("b", cts.Token));
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public void Back_off_grows_exponentially_with_full_jitter_and_honours_retry_after()
    {
        var options = new StorageOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) };
        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(RetryPolicy.Delay(options, 1, null).TotalMilliseconds, 0, 100);
            Assert.InRange(RetryPolicy.Delay(options, 3, null).TotalMilliseconds, 0, 400);
            Assert.InRange(RetryPolicy.Delay(options, 10, null).TotalMilliseconds, 0, 1000);
        }
        Assert.Equal(TimeSpan.FromMilliseconds(700), RetryPolicy.Delay(options, 1, TimeSpan.FromMilliseconds(700)));
        Assert.Equal(TimeSpan.FromSeconds(1), RetryPolicy.Delay(options, 1, TimeSpan.FromMinutes(5)));
    }

    /// <summary>A body whose connection drops half-way.</summary>
    private sealed class BrokenContent : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync("{\"val"u8.ToArray());
            throw new IOException("Connection reset by peer");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
