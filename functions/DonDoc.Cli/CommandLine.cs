namespace DonDoc.Cli;

/// <summary>Dispatches `dondoc &lt;verb&gt; …` to a command; argument parsing stays apart from the work.</summary>
public static class CommandLine
{
    public const string Usage = """
        dondoc — đọc công văn, theo dõi nhiệm vụ, nhắc hạn.

        Usage:
          dondoc extract FILE… [--pretty]        read letters, print one JSON object per file (JSON Lines)
          dondoc eval DIR… [--json] [--verbose]  score extract against labeled letters (*.expected.json)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "extract" => await ExtractCommand.RunAsync(ExtractOptions.Parse(rest), stdout, stderr),
                "eval" => await EvalCommand.RunAsync(EvalOptions.Parse(rest), stdout, stderr),
                _ => await Unknown(args[0], stderr),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"dondoc {args[0]}: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> Unknown(string verb, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"dondoc: unknown command '{verb}'.\n{Usage}");
        return 2;
    }
}

/// <summary>A command line that does not fit its command: reported with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
