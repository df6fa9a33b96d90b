using System.Diagnostics;

namespace DonDoc.Benchmarks;

/// <summary>
/// Runs a piece of work repeatedly and reports how long it took, as wall time and as CPU time of this
/// process. Pinned to one core (taskset -c 0) on a quiet machine the two agree; on a shared build machine
/// other processes take turns on the same core, and only the CPU time measures the reader.
/// </summary>
internal static class Timing
{
    /// <summary>Runs <paramref name="action"/> (which returns how many reads it did) for at least <paramref name="seconds"/> of CPU time.</summary>
    public static Measurement Measure(Func<int> action, double seconds)
    {
        var cpu0 = CpuClock.Now();
        var wall = Stopwatch.StartNew();
        var count = 0;
        double cpu;
        do
        {
            count += action();
            cpu = CpuClock.Now() - cpu0;
        }
        while (cpu < seconds);
        return new Measurement(count, wall.Elapsed.TotalSeconds, cpu);
    }
}

/// <summary>CPU seconds used by this process: clock_gettime's process clock (ns resolution) on Linux.</summary>
internal static partial class CpuClock
{
    private const int ProcessCpuTimeId = 2; // CLOCK_PROCESS_CPUTIME_ID

    public static double Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ProcessCpuTimeId, out var ts) == 0)
        {
            return ts.Seconds + ts.Nanoseconds / 1e9;
        }
        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clockId, out TimeSpec time);
}

internal static class TimingRounds
{
    /// <summary>
    /// The fastest of <paramref name="rounds"/> measurements sharing <paramref name="seconds"/>: other work
    /// on the machine only ever adds time (cache misses, context switches), so the best round is the
    /// closest to the reader's own cost.
    /// </summary>
    public static Measurement Best(Func<int> action, double seconds, int rounds = 5)
    {
        Measurement? best = null;
        for (var r = 0; r < rounds; r++)
        {
            var m = Timing.Measure(action, seconds / rounds);
            if (best is null || m.CpuPerRead < best.Value.CpuPerRead)
            {
                best = m;
            }
        }
        return best!.Value;
    }
}

/// <summary>How many reads were done in how many seconds of wall and CPU time.</summary>
internal readonly record struct Measurement(int Count, double WallSeconds, double CpuSeconds)
{
    public double CpuPerRead => CpuSeconds / Count;
    public double WallPerRead => WallSeconds / Count;
}
