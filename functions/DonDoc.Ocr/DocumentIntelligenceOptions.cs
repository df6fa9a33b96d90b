using Azure.Core;

namespace DonDoc.Ocr;

/// <summary>Settings of the Azure AI Document Intelligence engine (REST API v4.0, 2024-11-30).</summary>
public sealed class DocumentIntelligenceOptions
{
    /// <summary>The resource endpoint, e.g. https://my-docintel.cognitiveservices.azure.com/ (required).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>A resource key (header Ocp-Apim-Subscription-Key). Without one, <see cref="Credential"/> is used.</summary>
    public string? Key { get; set; }

    /// <summary>Entra ID credential for bearer tokens when there is no key; default DefaultAzureCredential.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>"prebuilt-layout" (default) or "prebuilt-read".</summary>
    public string Model { get; set; } = "prebuilt-layout";

    /// <summary>Wait between polls when the service sends no Retry-After (the docs advise about a second).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest time for one document, submission to result, waits for throttling included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many 429/503 answers in a row are waited out before giving up with a transient failure.</summary>
    public int MaxThrottleRetries { get; set; } = 5;

    /// <summary>Upper bound on one back-off wait, whatever Retry-After says.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
