using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace DonDoc.Testing;

/// <summary>
/// A real Azurite (the repository's pinned npm package, <c>node_modules/.bin/azurite</c>) on free loopback
/// ports, for tests and benchmarks. Started with <c>--silent --disableTelemetry --skipApiVersionCheck</c>,
/// and either <c>--inMemoryPersistence</c> (fast, data gone when it stops) or, when
/// <c>persistent</c>, <c>--location</c> in a temporary folder so that data survives <see cref="Stop"/> and
/// <see cref="StartAgainAsync"/> (for tests that stop storage in the middle of a run). Disposing kills the
/// process tree and deletes the temporary folder.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable, IDisposable
{
    /// <summary>Azurite's well-known account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known key of <see cref="AccountName"/> (public, not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _executable;
    private readonly string _workDir;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private bool _disposed;

    private AzuriteProcess(string executable, bool persistent)
    {
        _executable = executable;
        Persistent = persistent;
        _workDir = Directory.CreateTempSubdirectory("dondoc-azurite-").FullName;
        // A test host that ends without disposing its fixtures must not leave Azurite running.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>True when data is kept on disk (in <see cref="Location"/>) across <see cref="Stop"/> and <see cref="StartAgainAsync"/>.</summary>
    public bool Persistent { get; }

    /// <summary>The data folder when <see cref="Persistent"/>; otherwise only Azurite's working directory.</summary>
    public string Location => _workDir;

    /// <summary>The Blob service port on 127.0.0.1.</summary>
    public int BlobPort { get; private set; }

    /// <summary>The Queue service port on 127.0.0.1.</summary>
    public int QueuePort { get; private set; }

    /// <summary>The Table service port on 127.0.0.1.</summary>
    public int TablePort { get; private set; }

    /// <summary>True between a start and <see cref="Stop"/>.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A connection string with explicit path-style endpoints for this instance (unchanged by a restart).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>Starts Azurite on three free ports and waits until all three accept connections.</summary>
    /// <param name="persistent">Keep data on disk across <see cref="Stop"/>/<see cref="StartAgainAsync"/>.</param>
    /// <param name="repoRoot">Where node_modules is; by default the folder holding FunctionsApp.sln.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">Azurite is not installed (run <c>npm ci</c>), node is missing, or it did not start.</exception>
    public static async Task<AzuriteProcess> StartAsync(bool persistent = false, string? repoRoot = null, CancellationToken ct = default)
    {
        var root = repoRoot ?? RepoRoot.Find();
        var executable = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
            throw new InvalidOperationException(
                $"Azurite is not installed: {executable} is missing. Run `npm ci` in {root} (scripts/setup.sh does it) to install the pinned azurite from package.json.");
        var azurite = new AzuriteProcess(executable, persistent);
        try
        {
            // Another process may grab a port between our probe and Azurite's bind: try fresh ports a few times.
            for (var attempt = 1; ; attempt++)
            {
                var ports = FreePorts.Take(3);
                (azurite.BlobPort, azurite.QueuePort, azurite.TablePort) = (ports[0], ports[1], ports[2]);
                try
                {
                    await azurite.RunAsync(ct).ConfigureAwait(false);
                    return azurite;
                }
                catch (InvalidOperationException) when (attempt < 3 && !ct.IsCancellationRequested)
                {
                    azurite.Kill();
                }
            }
        }
        catch
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Stops Azurite the way an operator would (SIGTERM: it closes its listeners and saves its data, then
    /// exits; killed after 15 s if it has not) and waits until it has exited. Clients then see connection
    /// refused. In-memory data is lost; persistent data survives for <see cref="StartAgainAsync"/>.
    /// </summary>
    public void Stop() => End(graceful: true);

    /// <summary>
    /// Kills Azurite at once (SIGKILL, the whole process tree), like a crash. Even persistent data may lose
    /// the last ~5 s of writes: Azurite saves its metadata every 5 s.
    /// </summary>
    public void Kill() => End(graceful: false);

    /// <summary>Starts Azurite again on the same ports (and, when persistent, the same data).</summary>
    public Task StartAgainAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsRunning) return Task.CompletedTask;
        return RunAsync(ct);
    }

    /// <summary>Stops Azurite and deletes its temporary folder.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Kill(); // nothing to save: the folder is deleted next
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open: leave it to the OS's temp cleaning
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    private void End(bool graceful)
    {
        var process = _process;
        _process = null;
        if (process is null) return;
        try
        {
            if (graceful && !OperatingSystem.IsWindows() && !process.HasExited)
            {
                // .NET has no API to send SIGTERM; kill(1) is on every Linux and macOS.
                using var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
                term?.WaitForExit(5_000);
                process.WaitForExit(15_000);
            }
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // already gone, or kill(1) missing: fall back to the hard kill below
            try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }
        finally
        {
            process.Dispose();
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = _workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--silent", "--disableTelemetry", "--skipApiVersionCheck" })
            start.ArgumentList.Add(arg);
        if (Persistent) { start.ArgumentList.Add("--location"); start.ArgumentList.Add(_workDir); }
        else start.ArgumentList.Add("--inMemoryPersistence");
        foreach (var (name, port) in new[] { ("blob", BlobPort), ("queue", QueuePort), ("table", TablePort) })
        {
            start.ArgumentList.Add($"--{name}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{name}Port");
            start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _output.Clear();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not run {_executable} ({e.Message}). Is node on PATH? Run `npm ci` in the repository root.", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (process.HasExited)
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting on ports {BlobPort}/{QueuePort}/{TablePort}:\n{string.Join('\n', _output)}");
            if (await FreePorts.IsListeningAsync(BlobPort, ct).ConfigureAwait(false)
                && await FreePorts.IsListeningAsync(QueuePort, ct).ConfigureAwait(false)
                && await FreePorts.IsListeningAsync(TablePort, ct).ConfigureAwait(false))
                return;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"Azurite did not open ports {BlobPort}/{QueuePort}/{TablePort} within {StartTimeout.TotalSeconds} s:\n{string.Join('\n', _output)}");
            await Task.Delay(50, ct).ConfigureAwait(false);
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 40) _output.TryDequeue(out _);
    }
}
