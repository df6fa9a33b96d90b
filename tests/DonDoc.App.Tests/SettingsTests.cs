using DonDoc.App.Settings;
using DonDoc.Ocr;

namespace DonDoc.App.Tests;

/// <summary>What the Functions host and the CLI read from their settings, and what stops them at start.</summary>
public class SettingsTests
{
    private static DonDocSettings From(params (string Name, string Value)[] values) =>
        DonDocSettings.From(n => values.FirstOrDefault(v => v.Name == n).Value);

    [Fact]
    public void The_ocr_settings_the_readme_lists_reach_the_engine()
    {
        var s = From(("DONDOC_OCR_CLIP", "0"), ("DONDOC_OCR_PSM", "4"), ("DONDOC_OCR_PARALLELISM", "1"));
        Assert.Equal((0, 4, 1), (s.Ocr.GrayClip, s.Ocr.PageSegmentation, s.Ocr.Parallelism));
        Assert.Equal("tesseract", OcrEngines.Create(s.Ocr).Name);
        Assert.Empty(s.Problems());
    }

    [Fact]
    public void Document_intelligence_without_an_endpoint_or_an_unknown_engine_is_named_at_start()
    {
        Assert.Contains(From(("DONDOC_OCR_ENGINE", "documentintelligence")).Problems(), p => p.StartsWith("DONDOC_DI_ENDPOINT is required"));
        Assert.Contains(From(("DONDOC_OCR_ENGINE", "documentintelligence"), ("DONDOC_DI_ENDPOINT", "not a uri")).Problems(), p => p.StartsWith("DONDOC_DI_ENDPOINT is required"));
        Assert.Contains(From(("DONDOC_OCR_ENGINE", "abbyy")).Problems(), p => p.StartsWith("DONDOC_OCR_ENGINE must be"));
        Assert.Empty(From(("DONDOC_OCR_ENGINE", "DocumentIntelligence"), ("DONDOC_DI_ENDPOINT", "https://di.example.com/")).Problems());
    }
}
