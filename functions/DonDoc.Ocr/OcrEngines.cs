using DonDoc.Ocr.DocumentIntelligence;
using DonDoc.Ocr.Tesseract;

namespace DonDoc.Ocr;

/// <summary>Builds the engine the options name.</summary>
public static class OcrEngines
{
    /// <summary>
    /// "tesseract" → <see cref="TesseractEngine"/>; "documentintelligence" → <see cref="DocumentIntelligenceEngine"/>
    /// over <paramref name="http"/> (a shared client of its own when null). Throws <see cref="ArgumentException"/>
    /// for an unknown engine or a Document Intelligence engine without an endpoint.
    /// </summary>
    public static IOcrEngine Create(OcrOptions o, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.Engine.ToLowerInvariant() switch
        {
            OcrOptions.Tesseract => new TesseractEngine(o),
            OcrOptions.DocumentIntelligenceEngine => new DocumentIntelligenceEngine(o, http ?? SharedHttp.Value),
            _ => throw new ArgumentException($"unknown OCR engine '{o.Engine}': use \"{OcrOptions.Tesseract}\" or \"{OcrOptions.DocumentIntelligenceEngine}\"", nameof(o)),
        };
    }

    // One client for the process: HttpClient is meant to be reused (sockets, DNS refresh via the handler's pooled lifetime).
    private static readonly Lazy<HttpClient> SharedHttp = new(() => new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = TimeSpan.FromMinutes(2),
    });
}
