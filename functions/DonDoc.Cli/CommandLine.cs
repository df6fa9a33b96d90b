namespace DonDoc.Cli;

/// <summary>Dispatches `dondoc &lt;verb&gt; …` to a command; argument parsing stays apart from the work.</summary>
public static class CommandLine
{
    public const string Usage = """
        dondoc — đọc công văn, theo dõi nhiệm vụ, nhắc hạn.

        Usage:
          dondoc extract FILE… [--pretty]        read letters, print one JSON object per file (JSON Lines)
          dondoc eval DIR… [--json] [--verbose]  score extract against labeled letters (*.expected.json)

        The pipeline (Azurite locally; AzureWebJobsStorage or DONDOC_STORAGE to point elsewhere):
          dondoc local up | down | status        Azurite in the background, data under .local/; resources created
          dondoc upload FILE…                    put scans into incoming + their BlobCreated events on the queue
          dondoc ingest [--reconcile]            handle the queue until empty; prints a summary
          dondoc letters [--json] [--month M]    stored letters (JSON Lines with --json)
          dondoc tasks [--json] [--letter ID] [--status open|done]
          dondoc complete LETTER-ID ORDINAL      mark a task done
          dondoc reconcile                       re-queue anything left in incoming
          dondoc remind [--today D] [--dry-run]  send (or show) today's reminder digests; outbox locally
          dondoc directory import FILE.csv | export [FILE.csv]
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
                "local" => await Pipeline.LocalCommand.RunAsync(rest, stdout, stderr),
                "upload" => await Pipeline.UploadCommand.RunAsync(rest, stdout, stderr),
                "ingest" => await Pipeline.IngestCommand.RunAsync(rest, stdout, stderr),
                "letters" => await Pipeline.ListCommands.LettersAsync(rest, stdout),
                "tasks" => await Pipeline.ListCommands.TasksAsync(rest, stdout),
                "complete" => await Pipeline.CompleteCommand.RunAsync(rest, stdout, stderr),
                "remind" => await Pipeline.RemindCommand.RunAsync(rest, stdout, stderr),
                "directory" => await Pipeline.DirectoryCommand.RunAsync(rest, stdout, stderr),
                "reconcile" => await Pipeline.IngestCommand.RunAsync(["--reconcile"], stdout, stderr),
                _ => await Unknown(args[0], stderr),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"dondoc {args[0]}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is HttpRequestException or DonDoc.Storage.StorageException)
        {
            await stderr.WriteLineAsync($"dondoc {args[0]}: storage is not reachable or refused the request: {e.Message}\n" +
                "Locally, start Azurite first: dondoc local up");
            return 1;
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
