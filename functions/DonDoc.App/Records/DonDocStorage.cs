using DonDoc.App.Settings;
using DonDoc.Storage;

namespace DonDoc.App.Records;

/// <summary>
/// The containers, queue and tables of design §6, under their fixed names; <see cref="EnsureCreatedAsync"/>
/// creates whatever is missing and is safe to run any number of times.
/// </summary>
public sealed class DonDocStorage(StorageAccount account)
{
    public const string IncomingQueueName = "letters-incoming";

    public StorageAccount Account { get; } = account;
    public BlobContainer Incoming { get; } = account.Container("incoming");
    public BlobContainer Letters { get; } = account.Container("letters");
    public BlobContainer Failed { get; } = account.Container("failed");
    public StorageQueue IncomingQueue { get; } = account.Queue(IncomingQueueName);
    /// <summary>Where the Functions host moves messages that failed five times.</summary>
    public StorageQueue PoisonQueue { get; } = account.Queue(IncomingQueueName + "-poison");
    public TableClient Ingestions { get; } = account.Table("Ingestions");
    public TableClient LetterTable { get; } = account.Table("Letters");
    public TableClient Tasks { get; } = account.Table("Tasks");
    public TableClient OpenTasks { get; } = account.Table("OpenTasks");
    public TableClient Reminders { get; } = account.Table("Reminders");
    public TableClient Directory { get; } = account.Table("Directory");

    public static DonDocStorage From(DonDocSettings settings, HttpMessageHandler? handler = null)
    {
        if (settings.StorageConnectionString is { } cs)
            return new DonDocStorage(StorageAccount.FromConnectionString(cs, handler));
        var credential = settings.ManagedIdentityClientId is { } id
            ? new Azure.Identity.DefaultAzureCredential(new Azure.Identity.DefaultAzureCredentialOptions { ManagedIdentityClientId = id })
            : new Azure.Identity.DefaultAzureCredential();
        return new DonDocStorage(StorageAccount.FromServiceUris(settings.BlobServiceUri!, settings.QueueServiceUri!, settings.TableServiceUri!, credential));
    }

    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        foreach (var c in new[] { Incoming, Letters, Failed })
            await c.CreateIfNotExistsAsync(ct);
        await IncomingQueue.CreateIfNotExistsAsync(ct);
        await PoisonQueue.CreateIfNotExistsAsync(ct);
        foreach (var t in new[] { Ingestions, LetterTable, Tasks, OpenTasks, Reminders, Directory })
            await t.CreateIfNotExistsAsync(ct);
    }
}
