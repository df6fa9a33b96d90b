using System.Globalization;
using DonDoc.Benchmarks;
using DonDoc.Letters;

// A timed harness, not a test: it prints rates and ratios for docs/benchmarks.md and asserts nothing.
// Usage: dotnet DonDoc.Benchmarks.dll [seeds-folder] [seconds-per-measure] [mode]
//   (no mode)        letters/s on the seed mix, time against input size (16 KB – 1 MB), then --hostile.
//   --hostile        hostile inputs at 256 KB and 1 MB (Hostile.cs).
//   --stages         each recogniser timed on its own at each size, to find the slow or super-linear one.
//   --hostile-stages each recogniser timed on its own on each hostile input at 256 KB and 1 MB.
//   --trace          the warm-up, round by round (Warmup.cs).
//   --read-only      only reads the seed mix for `seconds`, for a sampling profiler (dotnet-trace) to watch.
// Times are CPU time of this process (Timing.cs); pin it to one core with taskset -c 0.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--hostile") || args.Contains("--hostile-stages"))
{
    // A regex that runs away (quadratic on this input) shows as a time-out naming its pattern, not a hang.
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

if (args.Contains("--trace"))
{
    Warmup.Trace(reader, seeds, rounds: 30);
    return 0;
}
if (args.Contains("--hostile"))
{
    Hostile.Print(reader, seeds, seconds);
    return 0;
}

var warm = Warmup.UntilSteady(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, minRounds: 25);
Console.WriteLine($"warm-up: {warm.Rounds} rounds of 1 CPU second ({warm.First:N0} letters/s in the first, {warm.Best:N0} in the best)");

if (args.Contains("--read-only"))
{
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
    StageProfile.Measure(Inputs.Interleave(seeds, 64 * 1024), 0.1); // one untimed pass: its paths compile first
    StageProfile.Print([.. SpeedReport.Sizes.Select(kb => (kb < 1024 ? $"{kb} KB" : $"{kb / 1024} MB", kb,
        StageProfile.Measure(Inputs.Interleave(seeds, kb * 1024), seconds / 4)))]);
    return 0;
}

SpeedReport.Print(reader, seeds, seconds);
return SpeedReport.PrintHostile(folder, seconds);
