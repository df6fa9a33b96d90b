using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DonDoc.StorageBenchmarks;

/// <summary>Runs js/bench.mjs (the Azure SDK for JS) for one scenario on the same Azurite and reads its one-line JSON result.</summary>
internal static class JsSdk
{
    public static async Task<double> RunAsync(string repoRoot, string connectionString, string tableName, Scenario scenario, int count, int batchSize)
    {
        // Run the script from the source tree: node resolves @azure/data-tables upwards from it, in the repository's node_modules.
        var script = Path.Combine(repoRoot, "benchmarks", "DonDoc.StorageBenchmarks", "js", "bench.mjs");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { script, connectionString, tableName, scenario.ToString().ToLowerInvariant(), Invariant(count), Invariant(batchSize) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"node bench.mjs failed ({process.ExitCode}):\n{await stderr}");
        var line = (await stdout).Trim().Split('\n')[^1];
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("perSec").GetDouble();
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
