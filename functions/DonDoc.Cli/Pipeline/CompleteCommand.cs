using DonDoc.App.Composition;
using DonDoc.App.Letters;
using DonDoc.App.Settings;

namespace DonDoc.Cli.Pipeline;

/// <summary><c>dondoc complete LETTER-ID ORDINAL [--by NAME]</c>: marks a task done, as the email's link does.</summary>
public static class CompleteCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Args.Parse(args, [], ["--by"]);
        if (a.Positional.Count != 2 || !int.TryParse(a.Positional[1], out var ordinal))
            throw new UsageException("dondoc complete LETTER-ID ORDINAL [--by NAME]   (ids as printed by dondoc tasks --json)");
        var services = new DonDocServices(DonDocSettings.FromEnvironment());
        var result = await services.Tasks.CompleteAsync(a.Positional[0], ordinal, a.Value("--by") ?? Environment.UserName);
        await (result == TaskBook.Completion.NotFound ? stderr : stdout).WriteLineAsync(result switch
        {
            TaskBook.Completion.Done => $"task {a.Positional[0]} #{ordinal}: done",
            TaskBook.Completion.AlreadyClosed => $"task {a.Positional[0]} #{ordinal}: already closed",
            _ => $"task {a.Positional[0]} #{ordinal}: not found",
        });
        return result == TaskBook.Completion.NotFound ? 1 : 0;
    }
}
