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
    for (var r = 0; r < 15; r++)
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

// Warm up: JIT and regex construction are paid once per process, not per letter. The runtime re-compiles hot
// methods in the background (instrumented, then optimised); for the reader's hundred generated regexes that
// takes 10–20 CPU seconds, during which it reads 300–500 letters/s. Rounds of one CPU second run until one
// compiles nothing, so the figures below are the steady state a long-running service reads at.
var warm = Warmup.UntilCompiled(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; });
Console.WriteLine($"warm-up: {warm.Rounds} rounds of 1 CPU second until no method was compiled ({warm.First:N0} letters/s in the first, {warm.Rate:N0} in the last)");

if (args.Contains("--read-only"))
{
    // Only reads the seed mix (for `seconds`), for a sampling profiler such as dotnet-trace to attach to.
    Timing.Measure(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, seconds);
    return 0;
}

if (args.Contains("--hostile-stages"))
{
    foreach (var (name, text) in Inputs.Pathological(seeds, 1024 * 1024))
    {
        StageProfile.Print(text, name, 0, print: true);
    }
    return 0;
}

if (args.Contains("--stages"))
{
    // One untimed pass first, for the same reason as the warm-up above.
    foreach (var (kb, print) in sizes.Select(kb => (kb, false)).Concat(sizes.Select(kb => (kb, true))))
    {
        StageProfile.Print(Inputs.Repeat(seeds, kb * 1024), "seed mix repeated", print ? seconds / 4 : 0.05, print);
    }
    return 0;
}

var mixChars = seeds.Sum(s => s.Length);
var mix = TimingRounds.Best(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, seconds);
Console.WriteLine($"seed mix: {seeds.Length} letters, {mixChars / seeds.Length:N0} chars on average");
Console.WriteLine($"reading speed (one thread): {mix.Count / mix.CpuSeconds:N0} letters/s, {mix.Count * (mixChars / (double)seeds.Length) / mix.CpuSeconds / 1e6:N2} MB/s of text");
Console.WriteLine();

Console.WriteLine("input size    time/read     µs per KB   ratio to 16 KB   (seed mix repeated)");
var baseline = 0.0;
foreach (var kb in sizes)
{
    var text = Inputs.Repeat(seeds, kb * 1024);
    var m = TimingRounds.Best(() => { reader.Read(text); return 1; }, seconds);
    var perKb = m.CpuPerRead * 1e6 / kb;
    baseline = baseline == 0 ? perKb : baseline;
    Console.WriteLine($"{kb,7} KB  {m.CpuPerRead * 1000,10:N2} ms  {perKb,10:N1}  {perKb / baseline,10:N2}");
}
Console.WriteLine();

// The hostile inputs run in a child process: it sets a regex time-out, which would slow the figures above.
using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!,
    [.. Environment.GetCommandLineArgs().Take(1), folder, seconds.ToString(CultureInfo.InvariantCulture), "--hostile"]))!;
child.WaitForExit();
return child.ExitCode;
