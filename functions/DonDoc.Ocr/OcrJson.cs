using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DonDoc.Ocr;

/// <summary>
/// The stored form of an <see cref="OcrDocument"/> (the `ocr.json` kept next to each letter, so reading a
/// letter again after a parser fix does not pay for OCR again):
/// <c>{"version":1,"engine":"tesseract","pages":[{"number":1,"width":…,"height":…,"unit":"pixel","lines":[{"text":…,"x":…,"y":…,"width":…,"height":…,"confidence":…}]}]}</c>.
/// Vietnamese is written as is (UTF-8), coordinates rounded to 0.001 of the unit.
/// </summary>
public static class OcrJson
{
    /// <summary>The format version written; documents of another version are not read.</summary>
    public const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The document as JSON.</summary>
    public static string Serialize(OcrDocument document)
    {
        var dto = new Dto(Version, document.Engine, [.. document.Pages.Select(p => new PageDto(p.Number, R(p.Width), R(p.Height), p.Unit,
            [.. p.Lines.Select(l => new LineDto(l.Text, R(l.X), R(l.Y), R(l.Width), R(l.Height), R(l.Confidence)))]))]);
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>The document, or null when <paramref name="json"/> is not a document of this version (treat as a cache miss).</summary>
    public static OcrDocument? Deserialize(string json)
    {
        try
        {
            var dto = JsonSerializer.Deserialize<Dto>(json, Options);
            if (dto is null || dto.Version != Version || dto.Engine is null || dto.Pages is null || dto.Pages.Any(p => p?.Lines is null || p.Unit is null))
            {
                return null;
            }
            return new OcrDocument(dto.Engine, [.. dto.Pages.Select(p => new OcrPage(p.Number, p.Width, p.Height, p.Unit!,
                [.. p.Lines!.Where(l => l?.Text is not null).Select(l => new OcrLine(l.Text!, l.X, l.Y, l.Width, l.Height, l.Confidence))]))]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double R(double v) => Math.Round(v, 3);

    private sealed record Dto(int Version, string? Engine, PageDto[]? Pages);

    private sealed record PageDto(int Number, double Width, double Height, string? Unit, LineDto[]? Lines);

    private sealed record LineDto(string? Text, double X, double Y, double Width, double Height, double Confidence);
}
