namespace DonDoc.Ocr.Tests;

/// <summary>ocr.json: what is written reads back the same; anything else reads as "no cache".</summary>
public class OcrJsonTests
{
    private static readonly OcrDocument Document = new("tesseract",
    [
        new OcrPage(1, 1653, 2339, "pixel",
        [
            new OcrLine("VĂN PHÒNG CHÍNH PHỦ", 300, 154, 440, 33, 0.944),
            new OcrLine("Số: 5802/VPCP-CN", 373.25, 266, 292, 51, 0.917),
        ]),
        new OcrPage(2, 8.268, 11.693, "inch", [new OcrLine("Nơi nhận:", 0.96, 1.41, 0.55, 0.12, 1)]),
    ]);

    [Fact]
    public void Round_trips()
    {
        var json = OcrJson.Serialize(Document);
        var back = OcrJson.Deserialize(json)!;

        Assert.Equal(Document.Engine, back.Engine);
        Assert.Equal(Document.Text, back.Text);
        Assert.Equal(Document.Pages.SelectMany(p => p.Lines), back.Pages.SelectMany(p => p.Lines));
        Assert.Equal(Document.Pages.Select(p => (p.Number, p.Width, p.Height, p.Unit)), back.Pages.Select(p => (p.Number, p.Width, p.Height, p.Unit)));
    }

    [Fact]
    public void Writes_vietnamese_as_is_with_a_version()
    {
        var json = OcrJson.Serialize(Document);
        Assert.StartsWith("{\"version\":1,\"engine\":\"tesseract\",\"pages\":[{\"number\":1,", json);
        Assert.Contains("\"text\":\"VĂN PHÒNG CHÍNH PHỦ\"", json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"version\":2,\"engine\":\"tesseract\",\"pages\":[]}")]
    [InlineData("{\"version\":1,\"pages\":[]}")]
    [InlineData("{\"version\":1,\"engine\":\"tesseract\",\"pages\":[{\"number\":1}]}")]
    public void Anything_else_is_null(string json)
    {
        Assert.Null(OcrJson.Deserialize(json));
    }

    [Fact]
    public void Text_joins_lines_with_newlines_and_pages_with_form_feeds()
    {
        Assert.Equal("VĂN PHÒNG CHÍNH PHỦ\nSố: 5802/VPCP-CN\fNơi nhận:", Document.Text);
    }
}
