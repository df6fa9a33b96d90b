using System.Diagnostics;
using System.Globalization;
using DonDoc.Letters;

namespace DonDoc.Benchmarks;

/// <summary>The default report: letters per second on the seed mix, time against input size, hostile inputs.</summary>
internal static class SpeedReport
{
    public static readonly int[] Sizes = [16, 64, 256, 1024];

    public static void Print(LetterReader reader, string[] seeds, double seconds)
    {
        var mixChars = seeds.Sum(s => s.Length);
        var mix = TimingRounds.Best(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, seconds);
        Console.WriteLine($"seed mix: {seeds.Length} letters, {mixChars / seeds.Length:N0} chars on average");
        Console.WriteLine($"reading speed (one thread): {mix.Count / mix.CpuSeconds:N0} letters/s, {mix.Count * (mixChars / (double)seeds.Length) / mix.CpuSeconds / 1e6:N2} MB/s of text");
        Console.WriteLine();

        // The reader stops reading tasks at 400 (TaskParser's cap), which this mix reaches near 400 KB: past it
        // per-KB time falls. --stages times the sentence recognisers over every sentence, uncapped.
        Console.WriteLine("input size    time/read     µs per KB   ratio to 16 KB   (seed letters interleaved, see Inputs.Interleave)");
        var baseline = 0.0;
        foreach (var kb in Sizes)
        {
            var text = Inputs.Interleave(seeds, kb * 1024);
            var m = TimingRounds.Best(() => { reader.Read(text); return 1; }, seconds);
            var perKb = m.CpuPerRead * 1e6 / kb;
            baseline = baseline == 0 ? perKb : baseline;
            Console.WriteLine($"{kb,7} KB  {m.CpuPerRead * 1000,10:N2} ms  {perKb,10:N1}  {perKb / baseline,10:N2}");
        }
        Console.WriteLine();
    }

    /// <summary>
    /// Runs --hostile in a child process: it sets a regex time-out, which would slow the figures above, and
    /// starts optimising hot methods at once (no pause before re-compiling): it compares times, and a full
    /// warm-up on each hostile input would take minutes.
    /// </summary>
    public static int PrintHostile(string folder, double seconds)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!,
            [.. Environment.GetCommandLineArgs().Take(1), folder, seconds.ToString(CultureInfo.InvariantCulture), "--hostile"]);
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
