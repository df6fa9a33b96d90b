using DonDoc.App.Composition;
using DonDoc.App.Settings;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// <c>dondoc local up</c>: Azurite in the background, then the containers, queue and tables created (idempotent).
/// <c>dondoc local down</c>: stops it, keeping its data.
/// </summary>
public static class LocalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Args.Parse(args, [], []);
        var azurite = new LocalAzurite(LocalAzurite.FindRoot());
        switch (a.Positional.FirstOrDefault())
        {
            case "up":
                var (_, message) = await azurite.StartAsync(CancellationToken.None);
                await stdout.WriteLineAsync(message);
                if (!LocalAzurite.IsRunning()) return 1;
                var services = new DonDocServices(DonDocSettings.FromEnvironment());
                await services.Storage.EnsureCreatedAsync();
                await stdout.WriteLineAsync("Containers incoming, letters, failed; queue letters-incoming; tables Ingestions, Letters, Tasks, OpenTasks, Reminders, Directory: ready.");
                return 0;
            case "down":
                await stdout.WriteLineAsync(await azurite.StopAsync(CancellationToken.None));
                return 0;
            case "status":
                await stdout.WriteLineAsync(LocalAzurite.IsRunning() ? "Azurite is running on 127.0.0.1:10000-10002." : "Azurite is not running: dondoc local up");
                return LocalAzurite.IsRunning() ? 0 : 1;
            default:
                throw new UsageException("dondoc local up | down | status");
        }
    }
}
