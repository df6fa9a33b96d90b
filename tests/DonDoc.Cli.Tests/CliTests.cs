using System.Text.Json.Nodes;
using DonDoc.Testing;

namespace DonDoc.Cli.Tests;

/// <summary>`dondoc extract` and `dondoc eval` as a user runs them, without a process.</summary>
public class CliTests
{
    private static readonly string Root = RepoRoot.Find();

    [Fact]
    public async Task Eval_on_the_seeds_meets_the_bar()
    {
        var (code, stdout, _) = await Run("eval", Path.Combine(Root, "tests", "seeds"), "--json");
        Assert.Equal(0, code);
        var all = JsonNode.Parse(stdout)!["rows"]!.AsArray().Single(r => (string?)r!["Kind"] == "all")!;
        var fields = (int)all["Fields"]!;
        var wrong = fields - (int)Math.Round((double)all["FieldAccuracy"]! * fields);
        Assert.True(wrong <= 2, $"{wrong} wrong field values on the seeds");
        Assert.Equal(10, (int)all["ExpectedTasks"]!);
        Assert.Equal(1.0, (double)all["Recall"]!);
        Assert.Equal(1.0, (double)all["Precision"]!);
    }

    [Fact]
    public async Task Extract_prints_one_json_line_per_file_in_the_contract()
    {
        var seeds = Directory.GetFiles(Path.Combine(Root, "tests", "seeds"), "*.txt").Order().ToArray();
        var (code, stdout, _) = await Run(["extract", .. seeds]);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seeds.Length, lines.Length);
        var first = JsonNode.Parse(lines[0])!;
        Assert.Equal("5802/VPCP-CN", (string?)first["number"]);
        Assert.Equal("CongVan", (string?)first["docType"]);
        Assert.Equal("2024-08-15", (string?)first["issuedOn"]);
        Assert.Contains("Văn phòng Chính phủ", lines[0]); // UTF-8 as is, not \u escapes
        var task = first["tasks"]!.AsArray().First(t => t!["deadline"] is not null)!;
        Assert.Equal("year", (string?)task["deadlineKind"]);
        Assert.NotNull(task["evidence"]!["start"]);
    }

    [Fact]
    public async Task A_missing_or_unsupported_file_gets_an_error_line_and_exit_code_1()
    {
        var tmp = Path.Combine(Path.GetTempPath(), $"dondoc-{Guid.NewGuid():N}.docx");
        await File.WriteAllTextAsync(tmp, "x");
        try
        {
            var (code, stdout, stderr) = await Run("extract", "/nonexistent/letter.txt", tmp);
            Assert.Equal(1, code);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Equal("letter.txt", (string?)JsonNode.Parse(lines[0])!["source"]);
            Assert.Contains("không tìm thấy", (string?)JsonNode.Parse(lines[0])!["error"]);
            Assert.Contains(".docx", stderr);
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    [Fact]
    public async Task Pretty_output_is_indented_for_people()
    {
        var seed = Directory.GetFiles(Path.Combine(Root, "tests", "seeds"), "003*.txt").Single();
        var (_, stdout, _) = await Run("extract", seed, "--pretty");
        Assert.Contains("\n  \"number\": \"3909/BXD-PTĐT\"", stdout);
    }

    [Fact]
    public async Task Unknown_options_are_usage_errors()
    {
        var (code, _, stderr) = await Run("extract", "--fast", "a.txt");
        Assert.Equal(2, code);
        Assert.Contains("--fast", stderr);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
