using System.Text;
using DonDoc.Storage.Tests.Fakes;
using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class QueueTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RecordingHandler _wire = new();
    private StorageAccount _account = null!;
    private StorageQueue _queue = null!;

    public async Task InitializeAsync()
    {
        _account = StorageAccount.FromConnectionString(azurite.ConnectionString, _wire);
        _queue = _account.Queue(AzuriteCollection.UniqueName("q"));
        await _queue.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync()
    {
        _account.Dispose();
        _wire.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Creating_a_queue_twice_is_fine() => await _queue.CreateIfNotExistsAsync();

    [Fact]
    public async Task Bodies_travel_base64_encoded_and_come_back_as_text()
    {
        const string text = """{"url":"http://127.0.0.1:10000/devstoreaccount1/incoming/Công văn #1.pdf","eTag":"\"0x8D\"","note":"<&>"}""";
        await _queue.SendAsync(text);
        Assert.Contains($"<MessageText>{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}</MessageText>", _wire.LastRequestBody);

        var received = await _queue.ReceiveAsync(1, TimeSpan.FromSeconds(30));
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), _wire.LastResponseBody); // stored as sent
        var m = Assert.Single(received);
        Assert.Equal(text, m.Text);
        Assert.Equal(1, m.DequeueCount);
        Assert.False(string.IsNullOrEmpty(m.Id));
        Assert.False(string.IsNullOrEmpty(m.PopReceipt));
    }

    [Fact]
    public async Task A_received_message_is_invisible_to_others_while_its_timeout_runs()
    {
        await _queue.SendAsync("một");
        Assert.Single(await _queue.ReceiveAsync(32, TimeSpan.FromSeconds(30)));
        Assert.Empty(await _queue.ReceiveAsync(32, TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await _queue.ApproximateCountAsync());
    }

    [Fact]
    public async Task A_message_not_deleted_in_time_comes_back_with_a_higher_dequeue_count()
    {
        await _queue.SendAsync("một");
        var first = Assert.Single(await _queue.ReceiveAsync(32, TimeSpan.FromSeconds(1)));
        var again = await ReceiveWithinAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(2, again.DequeueCount);
        Assert.Equal("một", again.Text);
    }

    [Fact]
    public async Task Update_visibility_gives_a_new_pop_receipt_and_can_release_at_once()
    {
        await _queue.SendAsync("hai");
        var m = Assert.Single(await _queue.ReceiveAsync(1, TimeSpan.FromSeconds(30)));
        var updated = await _queue.UpdateVisibilityAsync(m, TimeSpan.Zero);
        Assert.NotEqual(m.PopReceipt, updated.PopReceipt);
        var again = Assert.Single(await _queue.ReceiveAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(m.Id, again.Id);

        // The old receipt is stale now.
        var e = await Assert.ThrowsAsync<StorageException>(() => _queue.UpdateVisibilityAsync(updated, TimeSpan.FromSeconds(5)));
        Assert.Equal((400, "PopReceiptMismatch"), (e.Status, e.ErrorCode));
        await _queue.DeleteAsync(updated); // stale: not an error
        await _queue.DeleteAsync(again);
        Assert.Equal(0, await _queue.ApproximateCountAsync());
    }

    [Fact]
    public async Task A_delayed_message_stays_hidden_for_the_delay()
    {
        var sent = DateTimeOffset.UtcNow;
        await _queue.SendAsync("ba", visibilityDelay: TimeSpan.FromSeconds(3));
        Assert.Empty(await _queue.ReceiveAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await _queue.ApproximateCountAsync());
        Assert.Equal("ba", (await ReceiveWithinAsync(TimeSpan.FromSeconds(20))).Text);
        Assert.True(DateTimeOffset.UtcNow - sent >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Delete_removes_and_count_follows()
    {
        for (var i = 0; i < 5; i++) await _queue.SendAsync($"m{i}");
        Assert.Equal(5, await _queue.ApproximateCountAsync());
        var batch = await _queue.ReceiveAsync(3, TimeSpan.FromSeconds(30));
        Assert.Equal(3, batch.Count);
        foreach (var m in batch) await _queue.DeleteAsync(m);
        Assert.Equal(2, await _queue.ApproximateCountAsync());
        await _queue.DeleteAsync(batch[0]); // already gone: not an error
    }

    [Fact]
    public void Non_base64_bodies_put_by_other_tools_are_returned_as_stored()
    {
        Assert.Equal("plain text!", QueueXml.DecodeText("plain text!"));
        Assert.Equal("//8=", QueueXml.DecodeText("//8=")); // valid base64 of bytes that are not UTF-8
    }

    [Fact]
    public async Task Oversized_messages_are_refused_before_sending() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _queue.SendAsync(new string('x', 49_200)));

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task Receive_counts_outside_1_to_32_are_refused(int max) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _queue.ReceiveAsync(max, TimeSpan.FromSeconds(1)));

    // Polls rather than sleeping a fixed time, so that a slow, busy machine does not make the test flaky.
    private async Task<QueueMessage> ReceiveWithinAsync(TimeSpan limit)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var received = await _queue.ReceiveAsync(1, TimeSpan.FromSeconds(30));
            if (received.Count == 1) return received[0];
            Assert.True(DateTimeOffset.UtcNow < deadline, $"no message became visible within {limit}");
            await Task.Delay(200);
        }
    }
}
