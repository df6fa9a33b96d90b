using System.Diagnostics;
using System.Globalization;
using DonDoc.Letters;

// A timed harness, not a test: it prints rates and ratios for docs/benchmarks.md and asserts nothing.
// Usage: dotnet run -c Release --project benchmarks/DonDoc.Benchmarks -- [seeds-folder] [seconds-per-measure]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var folder = args.Length > 0 ? args[0] : Path.Combine("tests", "seeds");
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3.0;
var seeds = Directory.GetFiles(folder, "*.txt").Order().Select(File.ReadAllText).ToArray();
if (seeds.Length == 0)
{
    Console.Error.WriteLine($"no *.txt letters in {folder}");
    return 2;
}
var reader = new LetterReader();

// Warm up: JIT and regex construction are paid once per process, not per letter.
foreach (var s in seeds)
{
    reader.Read(s);
}

var mixChars = seeds.Sum(s => s.Length);
var (letters, elapsed) = Measure(() => { foreach (var s in seeds) { reader.Read(s); } return seeds.Length; }, seconds);
Console.WriteLine($"seed mix: {seeds.Length} letters, {mixChars / seeds.Length:N0} chars on average");
Console.WriteLine($"reading speed (one thread): {letters / elapsed:N0} letters/s, {letters * (mixChars / (double)seeds.Length) / elapsed / 1e6:N2} MB/s of text");
Console.WriteLine();
Console.WriteLine("input size    time/read     µs per KB   ratio to 16 KB");
var baseline = 0.0;
foreach (var kb in new[] { 16, 64, 256, 1024 })
{
    var text = Repeat(seeds, kb * 1024);
    var (reads, t) = Measure(() => { reader.Read(text); return 1; }, seconds);
    var perRead = t / reads;
    var perKb = perRead * 1e6 / kb;
    if (baseline == 0)
    {
        baseline = perKb;
    }
    Console.WriteLine($"{kb,7} KB  {perRead * 1000,10:N2} ms  {perKb,10:N1}  {perKb / baseline,10:N2}");
}
return 0;

static (int Count, double Seconds) Measure(Func<int> action, double seconds)
{
    var sw = Stopwatch.StartNew();
    var count = 0;
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        count += action();
    }
    return (count, sw.Elapsed.TotalSeconds);
}

static string Repeat(string[] seeds, int chars)
{
    var sb = new System.Text.StringBuilder(chars + 20000);
    for (var i = 0; sb.Length < chars; i++)
    {
        sb.Append(seeds[i % seeds.Length]).Append('\n');
    }
    return sb.ToString(0, chars);
}
