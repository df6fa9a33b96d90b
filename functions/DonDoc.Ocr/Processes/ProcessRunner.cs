using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace DonDoc.Ocr.Processes;

/// <summary>The outcome of one finished process run.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool OutputTruncated);

/// <summary>Why a run did not finish normally.</summary>
internal enum ProcessFault
{
    NotFound,
    TimedOut,
}

/// <summary>A run that was not found or ran out of time (its process tree has been killed).</summary>
internal sealed class ProcessFaultException(ProcessFault fault, string tool, Exception? inner = null)
    : Exception($"{tool}: {fault}", inner)
{
    public ProcessFault Fault { get; } = fault;
    public string Tool { get; } = tool;
}

/// <summary>
/// Runs a command-line tool safely: arguments as a list (no shell, so a file name is never parsed as a
/// command), output captured up to a limit (memory stays bounded whatever the tool prints), a timeout after
/// which the whole process tree is killed, and cancellation that kills it too.
/// </summary>
internal static class ProcessRunner
{
    public const int DefaultMaxOutput = 32 * 1024 * 1024;

    public static async Task<ProcessResult> RunAsync(
        string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null, int maxOutput = DefaultMaxOutput)
    {
        var start = new ProcessStartInfo(tool)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ProcessFaultException(ProcessFault.NotFound, tool, e);
        }
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        var stdout = ReadCappedAsync(process.StandardOutput, maxOutput);
        var stderr = ReadCappedAsync(process.StandardError, 64 * 1024);
        try
        {
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            ct.ThrowIfCancellationRequested();
            throw new ProcessFaultException(ProcessFault.TimedOut, tool);
        }
        var (output, truncated) = await stdout.ConfigureAwait(false);
        var (error, _) = await stderr.ConfigureAwait(false);
        return new ProcessResult(process.ExitCode, output, error, truncated);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // already gone
        }
    }

    // Keeps the first maxChars characters and drains the rest, so the child never blocks on a full pipe.
    private static async Task<(string Text, bool Truncated)> ReadCappedAsync(StreamReader reader, int maxChars)
    {
        var sb = new StringBuilder();
        var buffer = new char[16 * 1024];
        var truncated = false;
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var take = Math.Min(n, maxChars - sb.Length);
            if (take > 0)
            {
                sb.Append(buffer, 0, take);
            }
            truncated |= take < n;
        }
        return (sb.ToString(), truncated);
    }
}
