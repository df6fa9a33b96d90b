using System.Net;
using DonDoc.Storage.Tests.Fakes;

namespace DonDoc.Storage.Tests;

/// <summary>Entra ID: bearer tokens for the storage scope, cached across requests and services.</summary>
public sealed class BearerTokenTests
{
    [Fact]
    public async Task Requests_carry_a_cached_bearer_token_for_the_storage_scope()
    {
        var credential = new FakeTokenCredential(TimeSpan.FromHours(1));
        var handler = FakeHandler.Statuses(HttpStatusCode.NoContent);
        using var account = StorageAccount.FromServiceUris(
            new Uri("https://dondoc.blob.core.windows.net"), new Uri("https://dondoc.queue.core.windows.net"), new Uri("https://dondoc.table.core.windows.net"),
            credential, handler);

        await account.Table("Tasks").DeleteAsync("p", "r");
        await account.Container("letters").DeleteAsync("a/b.pdf");
        await account.Queue("letters-incoming").DeleteAsync(new QueueMessage("id", "pop", "", 1));

        Assert.Equal(1, credential.Calls);
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes[0]);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal("Bearer token-1", r.Headers.Authorization!.ToString());
            Assert.Equal("2025-01-05", r.Headers.GetValues("x-ms-version").Single());
        });
        Assert.Equal("https://dondoc.table.core.windows.net/Tasks(PartitionKey='p',RowKey='r')", handler.Requests[0].RequestUri!.AbsoluteUri);
        Assert.Equal("https://dondoc.blob.core.windows.net/letters/a/b.pdf", handler.Requests[1].RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task A_token_close_to_expiry_is_refreshed()
    {
        var credential = new FakeTokenCredential(TimeSpan.FromMinutes(2)); // inside the 5-minute margin
        var handler = FakeHandler.Statuses(HttpStatusCode.NoContent);
        using var account = StorageAccount.FromServiceUris(new Uri("https://a.blob.core.windows.net"), new Uri("https://a.queue.core.windows.net"), new Uri("https://a.table.core.windows.net"), credential, handler);
        await account.Table("Tasks").DeleteAsync("p", "r");
        await account.Table("Tasks").DeleteAsync("p", "r");
        Assert.Equal(2, credential.Calls);
        Assert.Equal("Bearer token-2", handler.Requests[1].Headers.Authorization!.ToString());
    }
}
