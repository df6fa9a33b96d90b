using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

/// <summary>Table tests on the shared Azurite: each test gets a new, empty table of its own, so tests never see
/// each other's rows; the account is disposed after the test.</summary>
public abstract class FreshTableTests(AzuriteFixture azurite) : IAsyncLifetime
{
    protected StorageAccount Account { get; } = StorageAccount.FromConnectionString(azurite.ConnectionString);

    protected TableClient Table { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Table = Account.Table(AzuriteCollection.UniqueName("t"));
        await Table.CreateIfNotExistsAsync();
    }

    public Task DisposeAsync()
    {
        Account.Dispose();
        return Task.CompletedTask;
    }
}
