using System.Text.Json.Nodes;
using DonDoc.Ocr;
using DonDoc.Testing;

namespace DonDoc.Cli.Tests;

/// <summary>`dondoc extract` on scans: OCR → layout → reader, the same JSON contract, clear errors, --ocr-text, --progress.</summary>
public class ExtractScanTests
{
    private static readonly string Scans = Path.Combine(RepoRoot.Find(), "tests", "scans");

    [Fact]
    public async Task Scan_gives_the_letter_contract_with_the_file_as_source()
    {
        var (code, stdout, _) = await Run(new ExtractOptions([Path.Combine(Scans, "504-3909-BXD-PTDT.tiff")], Pretty: false));

        Assert.Equal(0, code);
        var letter = JsonNode.Parse(stdout)!;
        Assert.Equal("504-3909-BXD-PTDT.tiff", (string?)letter["source"]);
        Assert.Equal("3909/BXD-PTĐT", (string?)letter["number"]);
        Assert.Equal("Bộ Xây dựng", (string?)letter["issuer"]);
        Assert.Equal("2022-09-05", (string?)letter["issuedOn"]);
        Assert.Equal("Hà Nội", (string?)letter["place"]);
    }

    [Fact]
    public async Task Ocr_text_shows_the_header_columns_as_blocks()
    {
        var (code, stdout, _) = await Run(new ExtractOptions([Path.Combine(Scans, "501-5802-VPCP-CN-1.png")], false, OcrText: true));

        Assert.Equal(0, code);
        Assert.StartsWith("CỘNG HÒA XÃ HỘI", stdout);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.Contains("5802/VPCP-CN") && !l.Contains("Hà Nội"));
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("Hà Nội", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.StartsWith("VĂN PHÒNG", StringComparison.Ordinal)));
        Assert.Equal("", lines[Array.FindIndex(lines, l => l.StartsWith("VĂN PHÒNG", StringComparison.Ordinal)) - 1]);
    }

    [Fact]
    public async Task Text_file_named_pdf_gets_an_error_line_naming_the_problem()
    {
        var fake = Path.Combine(Path.GetTempPath(), $"công văn {Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(fake, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VP");
        try
        {
            var (code, stdout, stderr) = await Run(new ExtractOptions([fake], false));

            Assert.Equal(1, code);
            var error = JsonNode.Parse(stdout)!;
            Assert.Equal(Path.GetFileName(fake), (string?)error["source"]);
            Assert.Contains("not a PDF although named .pdf", (string?)error["error"]);
            Assert.Contains("không phải PDF", stderr);
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Fact]
    public async Task Progress_reports_each_page_on_stderr()
    {
        var ocr = new FakeOcr();
        var scan = Path.Combine(Scans, "503-382-TB-VPCP-1.png");

        var (code, _, stderr) = await Run(new ExtractOptions([scan], false, Progress: true), ocr);

        Assert.Equal(0, code);
        Assert.Contains("503-382-TB-VPCP-1.png: trang 1/2 (page 1/2)", stderr);
        Assert.Contains("trang 2/2 (page 2/2)", stderr);
    }

    [Fact]
    public void Options_parse_the_new_flags()
    {
        var o = ExtractOptions.Parse(["a.pdf", "--ocr-text", "--progress"]);
        Assert.Equal((true, true, false), (o.OcrText, o.Progress, o.Pretty));
        Assert.Throws<UsageException>(() => ExtractOptions.Parse(["a.pdf", "--ocr"]));
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(ExtractOptions options, IOcrEngine? ocr = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ExtractCommand.RunAsync(options, stdout, stderr, ocr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // Two pages of a letter, reported one by one as the real engines do.
    private sealed class FakeOcr : IOcrEngine
    {
        public string Name => "fake";

        public Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default) =>
            ReadAsync(content, fileName, null, ct);

        public Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, IProgress<OcrProgress>? progress, CancellationToken ct = default)
        {
            progress?.Report(new OcrProgress(1, 2));
            progress?.Report(new OcrProgress(2, 2));
            return Task.FromResult(new OcrDocument(Name,
            [
                new OcrPage(1, 1653, 2339, "pixel", [new OcrLine("Số: 382/TB-VPCP", 300, 260, 300, 40, 0.9)]),
                new OcrPage(2, 1653, 2339, "pixel", [new OcrLine("Nơi nhận:", 260, 400, 150, 33, 0.9)]),
            ]));
        }
    }
}
