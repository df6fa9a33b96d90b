using System.Diagnostics;
using System.Net.Sockets;

namespace DonDoc.Cli.Pipeline;

/// <summary>
/// Azurite for a developer's machine: the npm-pinned emulator started in the background on its standard ports
/// (10000–10002, which <c>UseDevelopmentStorage=true</c> expects), data under <c>.local/azurite</c>, log and pid
/// beside it. Starting when it already answers does nothing, so <c>dondoc local up</c> can be run any time.
/// </summary>
public sealed class LocalAzurite(string root)
{
    public static readonly int[] Ports = [10000, 10001, 10002];
    private string Data => Path.Combine(root, ".local", "azurite");
    private string PidFile => Path.Combine(root, ".local", "azurite.pid");
    public string LogFile => Path.Combine(root, ".local", "azurite.log");
    private string Executable => Path.Combine(root, "node_modules", ".bin", "azurite");

    /// <summary>The folder with package.json and node_modules: the current one or a parent.</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "FunctionsApp.sln")))
                return dir.FullName;
        throw new UsageException("run dondoc local from the DonDoc folder (where package.json and FunctionsApp.sln are)");
    }

    public static bool IsRunning() => Ports.All(Answers);

    /// <summary>Starts Azurite unless it already answers; returns false with a reason when it cannot.</summary>
    public async Task<(bool Started, string Message)> StartAsync(CancellationToken ct)
    {
        if (IsRunning()) return (false, "Azurite is already running on 127.0.0.1:10000-10002.");
        if (Ports.Any(Answers)) return (false, "Some of ports 10000-10002 are taken by another program; stop it first.");
        if (!File.Exists(Executable)) return (false, $"Azurite is not installed: run `npm ci` in {root} (scripts/setup.sh does).");
        Directory.CreateDirectory(Data);
        // setsid detaches Azurite from this process and its terminal, so it outlives `dondoc local up`.
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = root };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("setsid \"$0\" \"$@\" >>\"$DONDOC_AZURITE_LOG\" 2>&1 < /dev/null & echo $!");
        foreach (var a in new[] { Executable, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--location", Data,
                     "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1" })
            psi.ArgumentList.Add(a);
        psi.Environment["DONDOC_AZURITE_LOG"] = LogFile;
        psi.RedirectStandardOutput = true;
        using var sh = Process.Start(psi)!;
        var pid = (await sh.StandardOutput.ReadToEndAsync(ct)).Trim();
        await sh.WaitForExitAsync(ct);
        await File.WriteAllTextAsync(PidFile, pid, ct);
        for (var i = 0; i < 100 && !IsRunning(); i++)
            await Task.Delay(200, ct);
        return IsRunning()
            ? (true, $"Azurite started (pid {pid}), data in {Data}, log in {LogFile}.")
            : (false, $"Azurite did not start within 20 s; see {LogFile}.");
    }

    public async Task<string> StopAsync(CancellationToken ct)
    {
        if (!File.Exists(PidFile) || !int.TryParse(await File.ReadAllTextAsync(PidFile, ct), out var pid))
            return IsRunning() ? "Azurite is running but was not started by dondoc local up; stop it yourself." : "Azurite is not running.";
        try
        {
            using var p = Process.GetProcessById(pid);
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync(ct);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        File.Delete(PidFile);
        return $"Azurite stopped; data kept in {Data}.";
    }

    private static bool Answers(int port)
    {
        try
        {
            using var c = new TcpClient();
            return c.ConnectAsync("127.0.0.1", port).Wait(300) && c.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException)
        {
            return false;
        }
    }
}
