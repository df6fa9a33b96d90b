using System.Diagnostics;
using DonDoc.Ocr.Processes;

namespace DonDoc.Ocr.Tests.Tesseract;

/// <summary>Tools run without a shell, with bounded output, and are killed with their children on timeout.</summary>
public class ProcessRunnerTests
{
    [Fact]
    public async Task Arguments_are_passed_as_they_are()
    {
        var result = await ProcessRunner.RunAsync("echo", ["công văn; rm -rf /tmp/x $(id) `id`.pdf"], TimeSpan.FromSeconds(10), default);
        Assert.Equal("công văn; rm -rf /tmp/x $(id) `id`.pdf\n", result.StandardOutput);
    }

    [Fact]
    public async Task Timeout_kills_the_whole_process_tree()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"child-{Guid.NewGuid():N}.pid");
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<ProcessFaultException>(() =>
            ProcessRunner.RunAsync("sh", ["-c", $"sleep 30 & echo $! > {pidFile}; wait"], TimeSpan.FromMilliseconds(500), default));

        Assert.Equal(ProcessFault.TimedOut, e.Fault);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        var child = int.Parse(File.ReadAllText(pidFile).Trim());
        File.Delete(pidFile);
        await Task.Delay(200);
        Assert.False(IsRunning(child), $"the grandchild {child} must be killed with its parent");
    }

    [Fact]
    public async Task Output_beyond_the_limit_is_dropped_and_flagged()
    {
        var result = await ProcessRunner.RunAsync("sh", ["-c", "yes dòng | head -c 100000"], TimeSpan.FromSeconds(10), default, maxOutput: 1000);
        Assert.Equal(1000, result.StandardOutput.Length);
        Assert.True(result.OutputTruncated);
    }

    [Fact]
    public async Task Missing_tool_is_a_fault_not_a_crash()
    {
        var e = await Assert.ThrowsAsync<ProcessFaultException>(() => ProcessRunner.RunAsync("no-such-ocr-tool", [], TimeSpan.FromSeconds(5), default));
        Assert.Equal(ProcessFault.NotFound, e.Fault);
    }

    [Fact]
    public async Task Cancellation_kills_and_throws_cancelled()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ProcessRunner.RunAsync("sleep", ["30"], TimeSpan.FromMinutes(1), cts.Token));
    }

    // A zombie (killed, not yet reaped by its new parent) is not running.
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(' ')[2] is not ("Z" or "X");
    }
}
