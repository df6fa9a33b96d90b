using System.Diagnostics;
using DonDoc.Ocr.Tests.Support;

namespace DonDoc.Ocr.Tests.Tesseract;

/// <summary>The hand-made locked PDF is a real one: poppler opens it with its password and only with it.</summary>
public class TestPdfTests
{
    [Fact]
    public async Task Locked_pdf_opens_with_its_password()
    {
        var path = Path.Combine(Path.GetTempPath(), $"locked-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, TestPdf.Encrypted("secret", "owner", "Cong van so 123"));
        try
        {
            var (withPassword, _) = await Pdfinfo("-upw", "secret", path);
            Assert.Matches(@"Encrypted:\s+yes", withPassword);
            var (_, without) = await Pdfinfo(path);
            Assert.Contains("Incorrect password", without);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(string Out, string Err)> Pdfinfo(params string[] args)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (await output, await error);
    }
}
