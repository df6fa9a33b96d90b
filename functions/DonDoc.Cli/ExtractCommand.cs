using System.Text;
using DonDoc.Letters;

namespace DonDoc.Cli;

/// <summary>Options of `dondoc extract`: the files, and whether to indent the JSON for people.</summary>
public sealed record ExtractOptions(IReadOnlyList<string> Files, bool Pretty)
{
    public static ExtractOptions Parse(string[] args)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        foreach (var flag in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            if (flag != "--pretty")
            {
                throw new UsageException($"unknown option {flag}");
            }
        }
        if (files.Count == 0)
        {
            throw new UsageException("name at least one file: dondoc extract FILE…");
        }
        return new ExtractOptions(files, args.Contains("--pretty"));
    }
}

/// <summary>
/// `dondoc extract FILE…`: reads each file and prints one JSON object per file per line. A file that cannot
/// be read still gets a line (with an error), so a batch never loses track of an input; the exit code is 1
/// when any file failed.
/// </summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(ExtractOptions options, TextWriter stdout, TextWriter stderr)
    {
        var reader = new LetterReader();
        var failed = 0;
        foreach (var file in options.Files)
        {
            var name = Path.GetFileName(file);
            var text = await LetterFiles.ReadTextAsync(file);
            if (text.Error is { } error)
            {
                failed++;
                await stderr.WriteLineAsync($"{file}: {error}");
                await stdout.WriteLineAsync(LetterFiles.ErrorJson(name, error));
                continue;
            }
            var letter = reader.Read(text.Text!);
            await stdout.WriteLineAsync(LetterJson.Write(letter, name, options.Pretty));
        }
        return failed == 0 ? 0 : 1;
    }
}
