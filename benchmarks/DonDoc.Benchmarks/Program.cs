using System.Diagnostics;
using System.Globalization;
using DonDoc.Benchmarks;
using DonDoc.Letters;

// A timed harness, not a test: it prints rates and ratios for docs/benchmarks.md and asserts nothing.
// Usage: dotnet DonDoc.Benchmarks.dll [seeds-folder] [seconds-per-measure] [--stages | --hostile | --hostile-stages]
//   default          letters/s on the seed mix, time against input size (16 KB – 1 MB), then --hostile.
//   --hostile        hostile inputs at 256 KB and 1 MB (run in a child process, see Hostile.cs).
//   --stages         each recogniser timed on its own at each size, to find the slow or super-linear one.
//   --hostile-stages each recogniser timed on its own on each hostile input.
// Times are CPU time of this process (see Timing.cs); pin it to one core with taskset -c 0.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var hostile = args.Contains("--hostile") || args.Contains("--hostile-stages");
if (hostile)
{
    // A regex that runs away (quadratic on this input) shows as a timeout naming its pattern, not a hang.
    AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(Hostile.RunawaySeconds));
}
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var folder = positional.Length > 0 ? positional[0] : Path.Combine("tests", "seeds");
var seconds = positional.Length > 1 ? double.Parse(positional[1], CultureInfo.InvariantCulture) : 3.0;
var seeds = Directory.GetFiles(folder, "*.txt").Order().Select(File.ReadAllText).ToArray();
if (seeds.Length == 0)
{
    Console.Error.WriteLine($"no *.txt letters in {folder}");
    return 2;
}
var reader = new LetterReader();
var sizes = new[] { 16, 64, 256, 1024 };

if (args.Contains("--trace"))
{
    for (var r = 0; r < 25; r++)
    {
        var gc0 = GC.CollectionCount(0);
        var t = Timing.Measure(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, 1);
        Console.WriteLine($"round {r}: {t.Count / t.CpuSeconds:N0} letters per CPU second, {t.Count / t.WallSeconds:N0} per wall second, gen0 {GC.CollectionCount(0) - gc0}, gen2 {GC.CollectionCount(2)}, heap {GC.GetTotalMemory(false) / 1e6:N0} MB, jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:N1} s");
    }
    return 0;
}

if (args.Contains("--hostile"))
{
    Hostile.Print(reader, seeds, seconds);
    return 0;
}

// Warm up: JIT and regex construction are paid once per process, not per letter. The runtime compiles a method
// quickly first and re-compiles it optimised once it is hot, after a pause in new compilation that it makes
// ten times longer on a single core: pinned to one core the reader reads 400–600 letters/s for the first
// 10–20 CPU seconds. The figures below are the steady state a long-running service reads at.
var warm = Warmup.UntilSteady(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, minRounds: 25);
Console.WriteLine($"warm-up: {warm.Rounds} rounds of 1 CPU second ({warm.First:N0} letters/s in the first, {warm.Best:N0} in the best)");

if (args.Contains("--read-only"))
{
    // Only reads the seed mix (for `seconds`), for a sampling profiler such as dotnet-trace to attach to.
    Timing.Measure(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, seconds);
    return 0;
}

if (args.Contains("--hostile-stages"))
{
    var quarter = Inputs.Pathological(seeds, 256 * 1024).ToList();
    var whole = Inputs.Pathological(seeds, 1024 * 1024).ToList();
    for (var i = 0; i < whole.Count; i++)
    {
        Console.WriteLine(whole[i].Name);
        StageProfile.Print([("256 KB", 256, StageProfile.Measure(quarter[i].Text, 0.3)), ("1 MB", 1024, StageProfile.Measure(whole[i].Text, 0.6))]);
    }
    return 0;
}

if (args.Contains("--stages"))
{
    // One untimed pass first, for the same reason as the warm-up above.
    StageProfile.Measure(Inputs.Interleave(seeds, 64 * 1024), 0.1);
    StageProfile.Print([.. sizes.Select(kb => (kb < 1024 ? $"{kb} KB" : $"{kb / 1024} MB", kb, StageProfile.Measure(Inputs.Interleave(seeds, kb * 1024), seconds / 4)))]);
    return 0;
}

var mixChars = seeds.Sum(s => s.Length);
var mix = TimingRounds.Best(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, seconds);
Console.WriteLine($"seed mix: {seeds.Length} letters, {mixChars / seeds.Length:N0} chars on average");
Console.WriteLine($"reading speed (one thread): {mix.Count / mix.CpuSeconds:N0} letters/s, {mix.Count * (mixChars / (double)seeds.Length) / mix.CpuSeconds / 1e6:N2} MB/s of text");
Console.WriteLine();

// Time against size. The reader stops reading tasks at 400 (LetterReader's cap), which this mix reaches near
// 400 KB; past it per-KB time falls. --stages times the sentence recognisers over every sentence, uncapped.
Console.WriteLine("input size    time/read     µs per KB   ratio to 16 KB   (seed letters interleaved, see Inputs.Interleave)");
var baseline = 0.0;
foreach (var kb in sizes)
{
    var text = Inputs.Interleave(seeds, kb * 1024);
    var m = TimingRounds.Best(() => { reader.Read(text); return 1; }, seconds);
    var perKb = m.CpuPerRead * 1e6 / kb;
    baseline = baseline == 0 ? perKb : baseline;
    Console.WriteLine($"{kb,7} KB  {m.CpuPerRead * 1000,10:N2} ms  {perKb,10:N1}  {perKb / baseline,10:N2}");
}
Console.WriteLine();

// The hostile inputs run in a child process: it sets a regex time-out, which would slow the figures above.
// It starts optimising hot methods at once (no pause before re-compiling): it compares times, and a warm-up
// on each hostile input would take minutes.
var start = new ProcessStartInfo(Environment.ProcessPath!,
    [.. Environment.GetCommandLineArgs().Take(1), folder, seconds.ToString(CultureInfo.InvariantCulture), "--hostile"]);
start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
using var child = Process.Start(start)!;
child.WaitForExit();
return child.ExitCode;
