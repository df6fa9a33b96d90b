// Storage client speed against the Azure SDK for JS, same Azurite, same run (issue 4, docs/benchmarks.md).
// Usage: dotnet run -c Release --project benchmarks/DonDoc.StorageBenchmarks -- [rounds] [upserts] [batched]
// Each round starts a fresh in-memory Azurite and runs every scenario with both clients back to back
// (alternating which goes first), so that load from other processes hits both alike. The report gives,
// per scenario, the median throughput of each client and the median of the per-round ratios.
using System.Globalization;
using DonDoc.StorageBenchmarks;
using DonDoc.Testing;

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var upserts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
var batched = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
const int batchSize = 100;
var root = RepoRoot.Find();
var load = LoadAverage();

var scenarios = new[] { (Scenario.Upserts, upserts), (Scenario.Batches, batched), (Scenario.Query, batched) };
var results = scenarios.ToDictionary(s => s.Item1, _ => (Ours: new List<double>(), Js: new List<double>()));
for (var round = 1; round <= rounds; round++)
{
    await using var azurite = await AzuriteProcess.StartAsync(repoRoot: root);
    foreach (var (scenario, count) in scenarios)
    {
        // The query reads what the batches wrote, so each client keeps its own table across scenarios.
        var ours = () => OurClient.RunAsync(azurite.ConnectionString, ScenarioTable("cs", scenario), scenario, count, batchSize);
        var js = () => JsSdk.RunAsync(root, azurite.ConnectionString, ScenarioTable("js", scenario), scenario, count, batchSize);
        double o, j;
        if (round % 2 == 1) { o = await ours(); j = await js(); }
        else { j = await js(); o = await ours(); }
        results[scenario].Ours.Add(o);
        results[scenario].Js.Add(j);
        Console.Error.WriteLine($"round {round} {scenario,-8} ours {o,8:N0}/s  js {j,8:N0}/s  ratio {o / j:N2}");
    }
}

Console.WriteLine($"Azurite 3.37.0 in memory, {Environment.ProcessorCount} cores (load average {load} at start), .NET {Environment.Version}, node {NodeVersion()}; {rounds} rounds");
Console.WriteLine();
Console.WriteLine($"{"scenario",-42} {"DonDoc.Storage",14} {"@azure/data-tables",18} {"ours/JS",8} {"(range)",14}");
foreach (var (scenario, count) in scenarios)
{
    var (ours, js) = results[scenario];
    var ratios = ours.Zip(js, (o, j) => o / j).ToList();
    var name = scenario switch
    {
        Scenario.Upserts => $"{count:N0} upserts, one by one",
        Scenario.Batches => $"{count:N0} entities in {batchSize}-entity transactions",
        _ => $"partition query, {count:N0} entities",
    };
    Console.WriteLine($"{name,-42} {Median(ours),14:N0} {Median(js),18:N0} {Median(ratios),8:N2} {$"{ratios.Min():N2}–{ratios.Max():N2}",14}");
}
Console.WriteLine();
Console.WriteLine("(entities per second, medians over the rounds; ours/JS is the median of each round's ratio)");

static string ScenarioTable(string client, Scenario scenario) => client + (scenario == Scenario.Upserts ? "one" : "batch");

static double Median(IReadOnlyList<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static string NodeVersion()
{
    using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
    return p?.StandardOutput.ReadToEnd().Trim() ?? "?";
}
