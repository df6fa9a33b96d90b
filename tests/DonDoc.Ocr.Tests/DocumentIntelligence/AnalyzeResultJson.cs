using System.Text.Json.Nodes;

namespace DonDoc.Ocr.Tests.DocumentIntelligence;

/// <summary>A line on a fake page: its text, box (in the page's unit) and one confidence per word.</summary>
internal sealed record FakeLine(string Text, double X, double Y, double Width, double Height, params double[] WordConfidences);

/// <summary>A fake page as Document Intelligence describes it.</summary>
internal sealed record FakePage(int Number, double Width, double Height, string Unit, params FakeLine[] Lines);

/// <summary>
/// Builds an `analyzeResult` in the documented v4.0 shape (2024-11-30, prebuilt-layout): top-level
/// `content` with every line, pages with words (content, polygon, confidence, span) and lines (content,
/// polygon, spans) whose offsets index `content` in UTF-16 code units, plus paragraphs and empty
/// tables/styles, as the service returns them.
/// </summary>
internal static class AnalyzeResultJson
{
    public static JsonObject Build(string model, params FakePage[] pages)
    {
        var content = new System.Text.StringBuilder();
        var pageNodes = new JsonArray();
        var paragraphs = new JsonArray();
        foreach (var page in pages)
        {
            var words = new JsonArray();
            var lines = new JsonArray();
            var pageStart = content.Length;
            foreach (var line in page.Lines)
            {
                if (content.Length > 0)
                {
                    content.Append('\n');
                }
                var lineStart = content.Length;
                var parts = line.Text.Split(' ');
                var x = line.X;
                var charWidth = line.Width / Math.Max(1, line.Text.Length);
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        content.Append(' ');
                        x += charWidth;
                    }
                    var w = parts[i].Length * charWidth;
                    words.Add(new JsonObject
                    {
                        ["content"] = parts[i],
                        ["polygon"] = Polygon(x, line.Y, w, line.Height),
                        ["confidence"] = line.WordConfidences.Length > i ? line.WordConfidences[i] : 0.99,
                        ["span"] = new JsonObject { ["offset"] = content.Length, ["length"] = parts[i].Length },
                    });
                    content.Append(parts[i]);
                    x += w;
                }
                var span = new JsonObject { ["offset"] = lineStart, ["length"] = line.Text.Length };
                lines.Add(new JsonObject
                {
                    ["content"] = line.Text,
                    ["polygon"] = Polygon(line.X, line.Y, line.Width, line.Height),
                    ["spans"] = new JsonArray(span),
                });
                paragraphs.Add(new JsonObject
                {
                    ["content"] = line.Text,
                    ["boundingRegions"] = new JsonArray(new JsonObject { ["pageNumber"] = page.Number, ["polygon"] = Polygon(line.X, line.Y, line.Width, line.Height) }),
                    ["spans"] = new JsonArray(span.DeepClone()),
                });
            }
            pageNodes.Add(new JsonObject
            {
                ["pageNumber"] = page.Number,
                ["angle"] = 0.12,
                ["width"] = page.Width,
                ["height"] = page.Height,
                ["unit"] = page.Unit,
                ["words"] = words,
                ["lines"] = lines,
                ["spans"] = new JsonArray(new JsonObject { ["offset"] = pageStart, ["length"] = content.Length - pageStart }),
            });
        }
        return new JsonObject
        {
            ["apiVersion"] = "2024-11-30",
            ["modelId"] = model,
            ["stringIndexType"] = "utf16CodeUnit",
            ["content"] = content.ToString(),
            ["pages"] = pageNodes,
            ["tables"] = new JsonArray(),
            ["paragraphs"] = paragraphs,
            ["styles"] = new JsonArray(),
            ["contentFormat"] = "text",
            ["sections"] = new JsonArray(),
            ["figures"] = new JsonArray(),
        };
    }

    // Clockwise from the top-left corner: x1,y1 … x4,y4.
    private static JsonArray Polygon(double x, double y, double w, double h) =>
        new(x, y, x + w, y, x + w, y + h, x, y + h);
}
