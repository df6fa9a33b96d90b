using System.Diagnostics;
using System.Globalization;
using DonDoc.Ocr;

// A timed harness, not a test: it prints pages per second for docs/benchmarks.md and asserts nothing.
// Usage: dotnet DonDoc.OcrBenchmarks.dll FILE|DIR… [--parallelism 1,2] [--repeat N] [--dpi 300] [--clip 85] [--files 1]
//   Reads every scan (.pdf .tif .tiff .png .jpg .jpeg) with the Tesseract engine, once per parallelism and
//   repeat, and prints wall time, pages and pages/s per run, and the best run of each parallelism. It also prints
//   the CPU seconds the OCR processes used per page (from /proc/self/stat: children's user + system time), which
//   does not depend on what else the machine is running, and the rate that CPU time allows on all cores.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var skip = new HashSet<int>(Enumerable.Range(0, args.Length).Where(i => i > 0 && args[i - 1].StartsWith("--", StringComparison.Ordinal)));
var inputs = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && !skip.Contains(i)).ToList();
string[] scanExtensions = [".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"];
var files = inputs.SelectMany<string, string>(p => Directory.Exists(p)
        ? Directory.GetFiles(p).Where(f => scanExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)
        : [p]).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine("usage: DonDoc.OcrBenchmarks FILE|DIR… [--parallelism 1,2] [--repeat N] [--dpi 300] [--clip 85] [--files 1]");
    return 2;
}
var parallelisms = (Option("--parallelism") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture))
    .Split(',').Select(int.Parse).ToList();
var repeat = int.Parse(Option("--repeat") ?? "1", CultureInfo.InvariantCulture);
var dpi = int.Parse(Option("--dpi") ?? "300", CultureInfo.InvariantCulture);
var clip = int.Parse(Option("--clip") ?? new OcrOptions().GrayClip.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
var filesAtOnce = int.Parse(Option("--files") ?? "1", CultureInfo.InvariantCulture);
var contents = files.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();

Console.WriteLine($"{files.Count} files, {Environment.ProcessorCount} cores, render dpi {dpi} (image-only PDF pages), grey clip {clip} %, {filesAtOnce} file(s) at once, tesseract one thread per page");
Console.WriteLine("parallelism  run   pages   seconds   pages/s   cpu s/page   cpu-bound pages/s   lines   mean confidence");
foreach (var parallelism in parallelisms)
{
    var engine = OcrEngines.Create(new OcrOptions { Parallelism = parallelism, Dpi = dpi, GrayClip = clip });
    var best = 0.0;
    for (var run = 1; run <= repeat; run++)
    {
        int pages = 0, lines = 0;
        var confidence = 0.0;
        var cpu0 = ChildCpuSeconds();
        var clock = Stopwatch.StartNew();
        // Up to `files` documents at once, as the Functions host reads several queue messages at once; the
        // engine's page slots are shared, so this measures throughput, not a document's latency.
        using var documents = new SemaphoreSlim(filesAtOnce);
        var docs = await Task.WhenAll(contents.Select(async c =>
        {
            await documents.WaitAsync();
            try
            {
                return await engine.ReadAsync(c.Bytes, c.Name);
            }
            finally
            {
                documents.Release();
            }
        }));
        foreach (var doc in docs)
        {
            pages += doc.Pages.Count;
            var all = doc.Pages.SelectMany(p => p.Lines).ToList();
            lines += all.Count;
            confidence += all.Sum(l => l.Confidence);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuPerPage = (ChildCpuSeconds() - cpu0) / pages;
        best = Math.Max(best, pages / seconds);
        Console.WriteLine($"{parallelism,11}  {run,3}  {pages,6}  {seconds,8:N2}  {pages / seconds,8:N2}  {cpuPerPage,11:N2}  {Math.Min(parallelism, Environment.ProcessorCount) / cpuPerPage,18:N2}  {lines,6}  {confidence / Math.Max(1, lines),8:N3}");
    }
    Console.WriteLine($"{parallelism,11}  best {best:N2} pages/s");
}
return 0;

// CPU time of the finished child processes (tesseract, pdftoppm, pdfinfo, pdftotext): fields 16 and 17 of
// /proc/self/stat, in clock ticks (100 per second on Linux).
static double ChildCpuSeconds()
{
    var stat = File.ReadAllText("/proc/self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
}
