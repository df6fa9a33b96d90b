using DonDoc.App.Composition;
using DonDoc.App.Reminders;
using DonDoc.App.Settings;
using DonDoc.Reminders;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// <c>dondoc directory import FILE.csv</c> (replaces the Directory table; any bad row stops the import, with its
/// line) and <c>dondoc directory export [FILE.csv]</c> (to stdout without a file).
/// </summary>
public static class DirectoryCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Args.Parse(args, [], []);
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        var store = new DirectoryStore(services.Storage);
        switch (a.Positional)
        {
            case ["import", var file]:
                if (!File.Exists(file)) throw new UsageException($"no such file: {file}");
                var parsed = DirectoryCsv.Parse(await File.ReadAllTextAsync(file));
                if (!parsed.IsValid)
                {
                    foreach (var e in parsed.Errors) await stderr.WriteLineAsync($"{file}: {e}");
                    await stderr.WriteLineAsync("directory not changed");
                    return 1;
                }
                await services.Storage.EnsureCreatedAsync();
                await store.ReplaceAllAsync(parsed.Entries);
                await stdout.WriteLineAsync($"imported {parsed.Entries.Count} entr{(parsed.Entries.Count == 1 ? "y" : "ies")} into the Directory table");
                return 0;
            case ["export"]:
                await stdout.WriteAsync(DirectoryCsv.Write(await store.ListAsync()));
                return 0;
            case ["export", var target]:
                await File.WriteAllTextAsync(target, DirectoryCsv.Write(await store.ListAsync()));
                return 0;
            default:
                throw new UsageException("dondoc directory import FILE.csv | export [FILE.csv]");
        }
    }
}
