using DonDoc.App.Composition;
using DonDoc.App.Ingestion;
using DonDoc.App.Settings;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// <c>dondoc upload FILE…</c>: what a clerk does — each file into <c>incoming</c> under its own name — plus the
/// BlobCreated event Event Grid would put on <c>letters-incoming</c> in Azure.
/// </summary>
public static class UploadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Args.Parse(args, [], []);
        if (a.Positional.Count == 0) throw new UsageException("dondoc upload FILE…");
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        var storage = services.Storage;
        await storage.EnsureCreatedAsync();
        var failures = 0;
        foreach (var path in a.Positional)
        {
            if (!File.Exists(path))
            {
                await stderr.WriteLineAsync($"{path}: no such file");
                failures++;
                continue;
            }
            var name = Path.GetFileName(path);
            var bytes = await File.ReadAllBytesAsync(path);
            var item = await storage.Incoming.PutAsync(name, bytes);
            await storage.IncomingQueue.SendAsync(BlobCreatedEvent.Create(storage.Incoming.Name, name, storage.Incoming.UriFor(name), item.ETag, bytes.Length));
            await stdout.WriteLineAsync($"uploaded {name} ({bytes.Length:N0} bytes) → incoming/{name}");
        }
        return failures == 0 ? 0 : 1;
    }
}
