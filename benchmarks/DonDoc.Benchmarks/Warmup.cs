using DonDoc.Letters;

namespace DonDoc.Benchmarks;

/// <summary>
/// JIT and regex construction are paid once per process, not per letter. The runtime compiles a method quickly
/// first and re-compiles it optimised once it is hot, after a pause in new compilation that it makes ten
/// times longer on a single core: pinned to one core the reader runs half-compiled code for its first
/// 10–20 CPU seconds (600–900 letters/s where the steady state is 4,000). The figures the harness reports
/// are the steady state a long-running host reads at; the first round's rate is printed too.
/// </summary>
internal static class Warmup
{
    /// <summary>
    /// Runs rounds of one CPU second, at least <paramref name="minRounds"/>, until three in a row are no faster
    /// (by 3 %) than the best so far; at most 60. Returns the rounds run and the first and best rates.
    /// </summary>
    public static (int Rounds, double First, double Best) UntilSteady(Func<int> action, int minRounds)
    {
        var first = 0.0;
        var best = 0.0;
        var stale = 0;
        var rounds = 0;
        while (rounds < 60 && (rounds < minRounds || stale < 3))
        {
            var m = Timing.Measure(action, 1);
            var rate = m.Count / m.CpuSeconds;
            first = rounds == 0 ? rate : first;
            rounds++;
            stale = rate > best * 1.03 ? 0 : stale + 1;
            best = Math.Max(best, rate);
        }
        return (rounds, first, best);
    }

    /// <summary>The warm-up round by round, with the methods compiled so far: the evidence for the above.</summary>
    public static void Trace(LetterReader reader, string[] seeds, int rounds)
    {
        for (var r = 0; r < rounds; r++)
        {
            var t = Timing.Measure(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, 1);
            Console.WriteLine($"round {r,2}: {t.Count / t.CpuSeconds,6:N0} letters per CPU second, {t.Count / t.WallSeconds,6:N0} per wall second; " +
                $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:N1} s");
        }
    }
}
