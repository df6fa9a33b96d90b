using System.Collections;
using System.Globalization;

namespace DonDoc.Ocr;

/// <summary>
/// How OCR runs: which engine, the limits every file must pass, and the engines' settings. Defaults suit a
/// clerk's scans (A4 letters of a few pages); <see cref="FromEnvironment"/> reads the DONDOC_* variables.
/// </summary>
public sealed class OcrOptions
{
    /// <summary>Engine names for <see cref="Engine"/>.</summary>
    public const string Tesseract = "tesseract", DocumentIntelligenceEngine = "documentintelligence";

    /// <summary>"tesseract" (local, default) or "documentintelligence" (Azure).</summary>
    public string Engine { get; set; } = Tesseract;

    /// <summary>Files above this size are refused before anything else (default 50 MB).</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Files with more pages are refused (default 50: a letter with its attachments).</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>
    /// Pixels per page, checked from the header before decoding (default 60 megapixels: an A4 page at 600 dpi is
    /// 35, A3 at 400 dpi 31). PDF pages are rendered at a lower resolution when <see cref="Dpi"/> would exceed it.
    /// </summary>
    public long MaxPixels { get; set; } = 60_000_000;

    /// <summary>Longest time one page may take (one tesseract or pdftoppm run); the process tree is killed after it.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Pages read at the same time, each by a single-threaded process (default: the core count).</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Resolution at which image-only PDF pages are rendered for OCR, and assumed for images that state none.</summary>
    public int Dpi { get; set; } = 300;

    /// <summary>Where each document gets its private temporary folder (default: the system's temp folder).</summary>
    public string? TempDirectory { get; set; }

    /// <summary>
    /// Tesseract page segmentation mode (--psm): 3 = full layout analysis; 4 = one column of lines of varying
    /// size, which keeps a signer's name that a seal overlaps (psm 3 drops it with the seal as an image
    /// region). Side-by-side columns are split by position either way.
    /// </summary>
    public int PageSegmentation { get; set; } = 3;

    /// <summary>
    /// Grey above this percentage of white is cleared before OCR and darker grey stretched (0 = off; default 85): a
    /// light seal over the signer's name no longer hides it (see <c>Tesseract/GrayClip.cs</c>).
    /// </summary>
    public int GrayClip { get; set; } = 85;

    /// <summary>The Tesseract engine's name with its grey clip ("tesseract-clip85"), so an OCR cache keyed by engine
    /// name keeps OCR made with different clips apart.</summary>
    public string TesseractName => ClipsGrey ? $"{Tesseract}-clip{GrayClip}" : Tesseract;

    /// <summary>True when <see cref="GrayClip"/> changes pages at all (1–99 %).</summary>
    public bool ClipsGrey => GrayClip is > 0 and < 100;

    /// <summary>Tesseract languages (default "vie").</summary>
    public string Languages { get; set; } = "vie";

    /// <summary>Document Intelligence settings, used when <see cref="Engine"/> is "documentintelligence".</summary>
    public DocumentIntelligenceOptions DocumentIntelligence { get; set; } = new();

    /// <summary>Options from environment variables (see <see cref="From"/>).</summary>
    public static OcrOptions FromEnvironment(IDictionary? variables = null)
    {
        variables ??= Environment.GetEnvironmentVariables();
        return From(name => variables[name] as string);
    }

    /// <summary>
    /// Options from settings looked up by name (environment variables, app settings): DONDOC_OCR_ENGINE,
    /// DONDOC_OCR_PARALLELISM, DONDOC_OCR_DPI, DONDOC_OCR_PSM, DONDOC_OCR_CLIP, DONDOC_DI_ENDPOINT, DONDOC_DI_KEY
    /// (without a key, Entra ID through DefaultAzureCredential), DONDOC_DI_MODEL. Values out of range keep the
    /// default; an endpoint that is no absolute URI is left unset, which the engine then reports.
    /// </summary>
    public static OcrOptions From(Func<string, string?> lookup)
    {
        string? Get(string name) => lookup(name) is { } s && s.Trim().Length > 0 ? s.Trim() : null;
        var o = new OcrOptions();
        o.Engine = Get("DONDOC_OCR_ENGINE")?.ToLowerInvariant() ?? o.Engine;
        if (int.TryParse(Get("DONDOC_OCR_PARALLELISM"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0)
        {
            o.Parallelism = p;
        }
        if (int.TryParse(Get("DONDOC_OCR_DPI"), NumberStyles.None, CultureInfo.InvariantCulture, out var dpi) && dpi is >= 72 and <= 600)
        {
            o.Dpi = dpi;
        }
        if (int.TryParse(Get("DONDOC_OCR_PSM"), NumberStyles.None, CultureInfo.InvariantCulture, out var psm) && psm is >= 1 and <= 13)
        {
            o.PageSegmentation = psm;
        }
        if (int.TryParse(Get("DONDOC_OCR_CLIP"), NumberStyles.None, CultureInfo.InvariantCulture, out var clip) && clip is >= 0 and < 100)
        {
            o.GrayClip = clip;
        }
        if (Uri.TryCreate(Get("DONDOC_DI_ENDPOINT"), UriKind.Absolute, out var endpoint))
        {
            o.DocumentIntelligence.Endpoint = endpoint;
        }
        o.DocumentIntelligence.Key = Get("DONDOC_DI_KEY");
        o.DocumentIntelligence.Model = Get("DONDOC_DI_MODEL") ?? o.DocumentIntelligence.Model;
        return o;
    }
}
