using DonDoc.Ocr;

namespace DonDoc.App.Settings;

/// <summary>
/// Everything DonDoc reads from its environment (app settings in Azure, local.settings.json or the shell
/// locally), read once at start and checked, so a missing value fails at start with its name rather than
/// at the first letter.
/// </summary>
public sealed record DonDocSettings
{
    /// <summary>A storage connection string; <c>UseDevelopmentStorage=true</c> for Azurite. Null when Entra ID URIs are used.</summary>
    public string? StorageConnectionString { get; init; }
    public Uri? BlobServiceUri { get; init; }
    public Uri? QueueServiceUri { get; init; }
    public Uri? TableServiceUri { get; init; }
    /// <summary>Client id of the user-assigned managed identity (AZURE_CLIENT_ID), when there is one.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>The OCR engine and its settings (DONDOC_OCR_*, DONDOC_DI_*), read as <see cref="OcrOptions.From"/> reads them.</summary>
    public OcrOptions Ocr { get; init; } = new();

    /// <summary>"outbox" (default; files under <see cref="OutboxDirectory"/>) or "graph".</summary>
    public string MailMode { get; init; } = "outbox";
    public string OutboxDirectory { get; init; } = ".local/outbox";
    /// <summary>The shared mailbox Graph sends from.</summary>
    public string? MailSender { get; init; }
    /// <summary>Where reminders go for assignees not in the directory, and tasks a person must check.</summary>
    public string TriageAddress { get; init; } = "vanthu@example.gov.vn";
    /// <summary>The HMAC key for "Đã hoàn thành" links; a development key is used locally when none is set.</summary>
    public string? LinkKey { get; init; }
    /// <summary>The public base URL of the HTTP API, used in links in emails.</summary>
    public Uri PublicBaseUrl { get; init; } = new("http://localhost:7071/api/");

    public static DonDocSettings From(Func<string, string?> get)
    {
        static Uri? UriOf(string? s) => Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : null;
        string? First(params string[] names) => names.Select(get).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var connection = First("DONDOC_STORAGE", "AzureWebJobsStorage");
        var blob = UriOf(First("DONDOC_STORAGE_BLOB_URI", "AzureWebJobsStorage__blobServiceUri"));
        return new DonDocSettings
        {
            // Entra ID URIs win over a connection string in Azure, where shared keys are off.
            StorageConnectionString = blob is null ? connection ?? "UseDevelopmentStorage=true" : null,
            BlobServiceUri = blob,
            QueueServiceUri = UriOf(First("DONDOC_STORAGE_QUEUE_URI", "AzureWebJobsStorage__queueServiceUri")),
            TableServiceUri = UriOf(First("DONDOC_STORAGE_TABLE_URI", "AzureWebJobsStorage__tableServiceUri")),
            ManagedIdentityClientId = First("AZURE_CLIENT_ID", "AzureWebJobsStorage__clientId"),
            Ocr = OcrOptions.From(get),
            MailMode = (First("DONDOC_MAIL_MODE") ?? "outbox").ToLowerInvariant(),
            OutboxDirectory = First("DONDOC_OUTBOX_DIR") ?? ".local/outbox",
            MailSender = First("DONDOC_MAIL_SENDER"),
            TriageAddress = First("DONDOC_TRIAGE_ADDRESS") ?? "vanthu@example.gov.vn",
            LinkKey = First("DONDOC_LINK_KEY"),
            PublicBaseUrl = UriOf(First("DONDOC_PUBLIC_URL")) ?? new Uri("http://localhost:7071/api/"),
        };
    }

    public static DonDocSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>The problems that stop DonDoc from starting, each naming the setting to fix; empty when all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>();
        if (StorageConnectionString is null && (BlobServiceUri is null || QueueServiceUri is null || TableServiceUri is null))
            p.Add("Storage: set AzureWebJobsStorage (connection string) or all of DONDOC_STORAGE_BLOB_URI, DONDOC_STORAGE_QUEUE_URI, DONDOC_STORAGE_TABLE_URI.");
        if (Ocr.Engine is not (OcrOptions.Tesseract or OcrOptions.DocumentIntelligenceEngine))
            p.Add($"DONDOC_OCR_ENGINE must be 'tesseract' or 'documentintelligence', not '{Ocr.Engine}'.");
        if (Ocr.Engine == OcrOptions.DocumentIntelligenceEngine && Ocr.DocumentIntelligence.Endpoint is null)
            p.Add("DONDOC_DI_ENDPOINT is required when DONDOC_OCR_ENGINE is documentintelligence.");
        if (MailMode is not ("outbox" or "graph"))
            p.Add($"DONDOC_MAIL_MODE must be 'outbox' or 'graph', not '{MailMode}'.");
        if (MailMode == "graph" && string.IsNullOrWhiteSpace(MailSender))
            p.Add("DONDOC_MAIL_SENDER (the shared mailbox) is required when DONDOC_MAIL_MODE is graph.");
        if (MailMode == "graph" && string.IsNullOrWhiteSpace(LinkKey))
            p.Add("DONDOC_LINK_KEY is required when mail leaves the machine (signed 'Đã hoàn thành' links).");
        return p;
    }
}
