using System.Text.Json.Nodes;
using DonDoc.Cli.Evaluation;
using DonDoc.Letters;

namespace DonDoc.Cli;

/// <summary>Options of `dondoc eval`: label folders, JSON output, per-letter detail.</summary>
public sealed record EvalOptions(IReadOnlyList<string> Directories, bool Json, bool Verbose)
{
    public static EvalOptions Parse(string[] args)
    {
        var dirs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        foreach (var flag in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            if (flag is not ("--json" or "--verbose"))
            {
                throw new UsageException($"unknown option {flag}");
            }
        }
        if (dirs.Count == 0)
        {
            throw new UsageException("name a folder of labeled letters: dondoc eval DIR…");
        }
        return new EvalOptions(dirs, args.Contains("--json"), args.Contains("--verbose"));
    }
}

/// <summary>
/// `dondoc eval DIR…`: runs the reader on every labeled letter (NNN.txt + NNN.expected.json) and prints field
/// accuracy, deadline-task precision / recall / F1 and deadline-date recall, per text kind and overall.
/// </summary>
public static class EvalCommand
{
    public static async Task<int> RunAsync(EvalOptions options, TextWriter stdout, TextWriter stderr)
    {
        var reader = new LetterReader();
        var scores = new List<LetterScore>();
        foreach (var dir in options.Directories)
        {
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"no such folder: {dir}");
            }
            foreach (var labelPath in Directory.GetFiles(dir, "*.expected.json").Order(StringComparer.Ordinal))
            {
                var label = JsonNode.Parse(await File.ReadAllTextAsync(labelPath))!.AsObject();
                var source = LetterScore.Str(label["source"]) ?? Path.GetFileName(labelPath).Replace(".expected.json", ".txt");
                var textPath = Path.Combine(Path.GetDirectoryName(labelPath)!, source);
                var (text, error) = await LetterFiles.ReadTextAsync(textPath);
                if (error is not null)
                {
                    await stderr.WriteLineAsync($"{textPath}: {error}");
                    continue;
                }
                var actual = LetterJson.ToNode(reader.Read(text!), source);
                var kind = LetterScore.Str(label["text_kind"]) ?? "seed";
                scores.Add(LetterScore.Score(source, kind, label, actual));
            }
        }
        var report = EvalReport.From(scores);
        await stdout.WriteAsync(options.Json ? report.ToJson() : report.ToText(options.Verbose));
        return 0;
    }
}
