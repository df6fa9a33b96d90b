using System.Collections;
using DonDoc.Ocr.Tesseract;

namespace DonDoc.Ocr.Tests;

/// <summary>Configuration: environment variables, engine choice, and the caching wrapper.</summary>
public class OcrOptionsTests
{
    [Fact]
    public void Defaults_are_tesseract_with_the_documented_limits()
    {
        var o = OcrOptions.FromEnvironment(new Hashtable());
        Assert.Equal(("tesseract", 50L * 1024 * 1024, 50, 300, Environment.ProcessorCount), (o.Engine, o.MaxBytes, o.MaxPages, o.Dpi, o.Parallelism));
        Assert.IsType<TesseractEngine>(OcrEngines.Create(o));
    }

    [Fact]
    public void Environment_selects_document_intelligence()
    {
        var o = OcrOptions.FromEnvironment(new Hashtable
        {
            ["DONDOC_OCR_ENGINE"] = "DocumentIntelligence",
            ["DONDOC_DI_ENDPOINT"] = "https://dondoc-di.cognitiveservices.azure.com/",
            ["DONDOC_DI_KEY"] = "k",
            ["DONDOC_OCR_PARALLELISM"] = "3",
        });
        Assert.Equal(("documentintelligence", "k", "prebuilt-layout", 3), (o.Engine, o.DocumentIntelligence.Key, o.DocumentIntelligence.Model, o.Parallelism));
        Assert.Equal("documentintelligence", OcrEngines.Create(o).Name);
    }

    [Fact]
    public void Unknown_engine_or_missing_endpoint_is_a_configuration_error()
    {
        Assert.Throws<ArgumentException>(() => OcrEngines.Create(new OcrOptions { Engine = "abbyy" }));
        Assert.Throws<ArgumentException>(() => OcrEngines.Create(new OcrOptions { Engine = "documentintelligence" }));
    }

    [Fact]
    public async Task Cache_reads_each_content_once()
    {
        var folder = Directory.CreateTempSubdirectory("ocr-cache-").FullName;
        try
        {
            var inner = new CountingEngine();
            var cached = new CachingOcrEngine(inner, folder);
            var first = await cached.ReadAsync(new byte[] { 1, 2, 3 }, "a.png");
            var second = await cached.ReadAsync(new byte[] { 1, 2, 3 }, "renamed.png");
            await cached.ReadAsync(new byte[] { 4 }, "b.png");

            Assert.Equal(2, inner.Calls);
            Assert.Equal(first.Text, second.Text);
            Assert.Equal(2, Directory.GetFiles(folder, "*.fake.ocr.json").Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class CountingEngine : IOcrEngine
    {
        public int Calls { get; private set; }

        public string Name => "fake";

        public Task<OcrDocument> ReadAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken ct = default)
        {
            Calls++;
            return Task.FromResult(new OcrDocument(Name, [new OcrPage(1, 10, 10, "pixel", [new OcrLine($"{content.Length} bytes", 1, 1, 5, 1, 0.9)])]));
        }
    }
}
