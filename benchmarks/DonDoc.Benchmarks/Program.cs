using System.Globalization;
using DonDoc.Benchmarks;
using DonDoc.Letters;

// A timed harness, not a test: it prints rates and ratios for docs/benchmarks.md and asserts nothing.
// Usage: dotnet DonDoc.Benchmarks.dll [seeds-folder] [seconds-per-measure] [--stages]
//   default: letters/s on the seed mix, time against input size (16 KB – 1 MB), hostile 1 MB inputs.
//   --stages: time each recogniser on its own at each size, to find the slow or super-linear one.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--hostile-stages"))
{
    // A regex that runs away shows as a timeout naming its pattern instead of a hang.
    AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(2));
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

// Warm up: JIT and regex construction are paid once per process, not per letter. The runtime moves a method
// to its optimised tier in the background, after a pause in new compilation; pinned to one busy core that
// takes seconds (the first second read 600 letters/s, the tenth 2,400). Rounds of one CPU second run until
// two in a row are no faster than the best, so the figures below are the steady state a service runs at.
var warm = Warmup.UntilSteady(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; });
Console.WriteLine($"warm-up: {warm.Rounds} rounds of 1 CPU second, then {warm.Rate:N0} letters/s");

if (args.Contains("--trace"))
{
    for (var r = 0; r < 12; r++)
    {
        var t = Timing.Measure(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, 1);
        Console.WriteLine($"round {r}: {t.Count / t.CpuSeconds:N0} letters per CPU second");
    }
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
Console.WriteLine($"reading speed (one thread): {mix.Count / mix.CpuSeconds:N0} letters per CPU second, {mix.Count * (mixChars / (double)seeds.Length) / mix.CpuSeconds / 1e6:N2} MB/s of text ({mix.Count / mix.WallSeconds:N0} letters per wall second)");
Console.WriteLine();

Console.WriteLine("input size    time/read     µs per KB   ratio to 16 KB   (seed mix repeated; CPU time)");
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

// Hostile inputs at 256 KB and 1 MB: a per-KB ratio near 1 shows time stays linear on them too.
Console.WriteLine("hostile input                   1 MB time/read   µs per KB   ratio to 256 KB");
var quarter = Inputs.Pathological(seeds, 256 * 1024).ToList();
var whole = Inputs.Pathological(seeds, 1024 * 1024).ToList();
for (var i = 0; i < whole.Count; i++)
{
    var small = TimingRounds.Best(() => { reader.Read(quarter[i].Text); return 1; }, Math.Min(0.5, seconds));
    var big = TimingRounds.Best(() => { reader.Read(whole[i].Text); return 1; }, Math.Min(1, seconds));
    var perKb = big.CpuPerRead * 1e6 / 1024;
    Console.WriteLine($"{whole[i].Name,-30} {big.CpuPerRead * 1000,12:N2} ms  {perKb,10:N1}  {perKb / (small.CpuPerRead * 1e6 / 256),10:N2}");
}
return 0;
