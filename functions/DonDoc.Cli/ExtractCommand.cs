using DonDoc.Letters;
using DonDoc.Ocr;

namespace DonDoc.Cli;

/// <summary>
/// Options of `dondoc extract`: the files; JSON indented for people (--pretty); the OCR text instead of
/// the letter (--ocr-text); page progress on stderr (--progress, or by default when stderr is a terminal).
/// </summary>
public sealed record ExtractOptions(IReadOnlyList<string> Files, bool Pretty, bool OcrText = false, bool Progress = false)
{
    private static readonly string[] Flags = ["--pretty", "--ocr-text", "--progress"];

    public static ExtractOptions Parse(string[] args)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        foreach (var flag in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            if (!Flags.Contains(flag))
            {
                throw new UsageException($"unknown option {flag}");
            }
        }
        if (files.Count == 0)
        {
            throw new UsageException("name at least one file: dondoc extract FILE…");
        }
        return new ExtractOptions(files, args.Contains("--pretty"), args.Contains("--ocr-text"), args.Contains("--progress"));
    }
}

/// <summary>
/// `dondoc extract FILE…`: reads each file — text, or a scan (PDF, TIFF, PNG, JPEG) through OCR — and prints
/// one JSON object per file per line. A file that cannot be read still gets a line (with an error), so a
/// batch never loses track of an input; the exit code is 1 when any file failed. With --ocr-text it prints
/// the text the reader would read (for a scan: the OCR lines in layout order) instead of the letter.
/// </summary>
public static class ExtractCommand
{
    public static Task<int> RunAsync(ExtractOptions options, TextWriter stdout, TextWriter stderr) =>
        RunAsync(options, stdout, stderr, null);

    /// <param name="ocr">The OCR engine for scans; null for the one the environment configures (DONDOC_OCR_ENGINE…).</param>
    public static async Task<int> RunAsync(ExtractOptions options, TextWriter stdout, TextWriter stderr, IOcrEngine? ocr)
    {
        var reader = new LetterReader();
        var showProgress = options.Progress || (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
        var failed = 0;
        foreach (var file in options.Files)
        {
            var name = Path.GetFileName(file);
            var progress = showProgress ? new PageProgress(stderr, name) : null;
            var text = await LetterFiles.ReadTextAsync(file, ocr, progress, CancellationToken.None);
            if (text.Error is { } error)
            {
                failed++;
                await stderr.WriteLineAsync($"{file}: {error}");
                await stdout.WriteLineAsync(LetterFiles.ErrorJson(name, error));
                continue;
            }
            if (options.OcrText)
            {
                if (options.Files.Count > 1)
                {
                    await stdout.WriteLineAsync($"==> {name} <==");
                }
                await stdout.WriteLineAsync(text.Text);
                continue;
            }
            var letter = reader.Read(text.Text!);
            await stdout.WriteLineAsync(LetterJson.Write(letter, name, options.Pretty));
        }
        return failed == 0 ? 0 : 1;
    }

    // "382.pdf: trang 2/4 (page 2/4)" per page read; synchronous, because pages finish on worker threads.
    private sealed class PageProgress(TextWriter stderr, string name) : IProgress<OcrProgress>
    {
        private readonly Lock _lock = new();

        public void Report(OcrProgress value)
        {
            lock (_lock)
            {
                stderr.WriteLine($"{name}: trang {value.PagesDone}/{value.PageCount} (page {value.PagesDone}/{value.PageCount})");
            }
        }
    }
}
