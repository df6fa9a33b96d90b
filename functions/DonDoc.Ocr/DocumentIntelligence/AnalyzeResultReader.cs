using System.Text.Json;

namespace DonDoc.Ocr.DocumentIntelligence;

/// <summary>
/// Maps an `analyzeResult` (v4.0) to pages of lines: pages[].lines[] give content and polygon (x1,y1,…,x4,y4
/// clockwise from top-left, in the page's unit: "pixel" for images, "inch" for PDF); lines carry no
/// confidence, so a line's confidence is the mean of the confidences of its words, found through the words'
/// spans falling inside the line's spans (offsets into the top-level content, utf16CodeUnit), or 1 without words.
/// </summary>
internal static class AnalyzeResultReader
{
    public static OcrDocument Read(JsonElement analyzeResult, string engine)
    {
        var pages = new List<OcrPage>();
        if (analyzeResult.TryGetProperty("pages", out var ps) && ps.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in ps.EnumerateArray())
            {
                pages.Add(Page(p));
            }
        }
        return new OcrDocument(engine, [.. pages.OrderBy(p => p.Number)]);
    }

    private static OcrPage Page(JsonElement p)
    {
        var words = Words(p);
        var lines = new List<OcrLine>();
        if (p.TryGetProperty("lines", out var ls) && ls.ValueKind == JsonValueKind.Array)
        {
            foreach (var l in ls.EnumerateArray())
            {
                var text = Str(l, "content");
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }
                var (x, y, w, h) = Box(l);
                lines.Add(new OcrLine(text, x, y, w, h, Confidence(l, words)));
            }
        }
        return new OcrPage(Int(p, "pageNumber"), Num(p, "width"), Num(p, "height"), Str(p, "unit") ?? "pixel", lines);
    }

    // (offset, confidence) of every word on the page, by offset.
    private static (int Offset, double Confidence)[] Words(JsonElement p)
    {
        if (!p.TryGetProperty("words", out var ws) || ws.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return [.. ws.EnumerateArray()
            .Where(w => w.TryGetProperty("span", out _))
            .Select(w => (Int(w.GetProperty("span"), "offset"), w.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1))
            .OrderBy(w => w.Item1)];
    }

    private static double Confidence(JsonElement line, (int Offset, double Confidence)[] words)
    {
        double sum = 0;
        var n = 0;
        if (line.TryGetProperty("spans", out var spans) && spans.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in spans.EnumerateArray())
            {
                int from = Int(s, "offset"), to = from + Int(s, "length");
                var i = LowerBound(words, from);
                for (; i < words.Length && words[i].Offset < to; i++)
                {
                    sum += words[i].Confidence;
                    n++;
                }
            }
        }
        return n == 0 ? 1 : Math.Round(sum / n, 3);
    }

    private static int LowerBound((int Offset, double Confidence)[] words, int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Offset < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    // The upright box around the polygon (a skewed scan gives a slightly tilted quadrilateral).
    private static (double X, double Y, double W, double H) Box(JsonElement line)
    {
        if (!line.TryGetProperty("polygon", out var poly) || poly.ValueKind != JsonValueKind.Array || poly.GetArrayLength() < 4)
        {
            return (0, 0, 0, 0);
        }
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        var i = 0;
        foreach (var v in poly.EnumerateArray())
        {
            var d = v.GetDouble();
            if (i++ % 2 == 0)
            {
                minX = Math.Min(minX, d);
                maxX = Math.Max(maxX, d);
            }
            else
            {
                minY = Math.Min(minY, d);
                maxY = Math.Max(maxY, d);
            }
        }
        return (minX, minY, maxX - minX, maxY - minY);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
}
