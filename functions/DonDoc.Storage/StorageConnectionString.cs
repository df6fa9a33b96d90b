namespace DonDoc.Storage;

/// <summary>
/// A parsed Storage connection string: account name and key, and the three service endpoints.
/// </summary>
/// <remarks>
/// Understood keys (case-insensitive): <c>UseDevelopmentStorage=true</c> (Azurite's well-known account on
/// 127.0.0.1:10000–10002, path-style), <c>DevelopmentStorageProxyUri</c> (another host for it),
/// <c>AccountName</c>, <c>AccountKey</c>, <c>DefaultEndpointsProtocol</c> (default https),
/// <c>EndpointSuffix</c> (default core.windows.net), and <c>BlobEndpoint</c>/<c>QueueEndpoint</c>/
/// <c>TableEndpoint</c>, which win over the derived ones. Shared access signatures are not supported.
/// </remarks>
public sealed record StorageConnectionString(string AccountName, string AccountKey, Uri BlobEndpoint, Uri QueueEndpoint, Uri TableEndpoint)
{
    /// <summary>Azurite's (and the old emulator's) well-known account.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known key of <see cref="DevelopmentAccountName"/>; public knowledge, not a secret.</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Parses a connection string.</summary>
    /// <exception cref="FormatException">Malformed, or without an account name and key.</exception>
    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = segment.IndexOf('='); // values (keys in base64) may contain '=': split at the first one only
            if (eq <= 0) throw new FormatException($"Connection string segment '{Redact(segment)}' is not key=value.");
            parts[segment[..eq].Trim()] = segment[(eq + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var isDev) && isDev)
        {
            var proxy = parts.TryGetValue("DevelopmentStorageProxyUri", out var p) ? new Uri(p) : new Uri("http://127.0.0.1");
            Uri Local(int port) => new($"{proxy.Scheme}://{proxy.Host}:{port}/{DevelopmentAccountName}");
            return new StorageConnectionString(DevelopmentAccountName, DevelopmentAccountKey,
                Endpoint(parts, "BlobEndpoint") ?? Local(10000), Endpoint(parts, "QueueEndpoint") ?? Local(10001), Endpoint(parts, "TableEndpoint") ?? Local(10002));
        }

        if (parts.ContainsKey("SharedAccessSignature"))
            throw new FormatException("Connection strings with a SharedAccessSignature are not supported: use an account key, or Entra ID (StorageAccount.FromServiceUris).");
        if (!parts.TryGetValue("AccountName", out var name) || name.Length == 0)
            throw new FormatException("The connection string has no AccountName.");
        if (!parts.TryGetValue("AccountKey", out var key) || key.Length == 0)
            throw new FormatException("The connection string has no AccountKey.");
        var protocol = parts.TryGetValue("DefaultEndpointsProtocol", out var proto) ? proto : "https";
        var suffix = parts.TryGetValue("EndpointSuffix", out var sfx) ? sfx : "core.windows.net";
        Uri Derived(string service) => new($"{protocol}://{name}.{service}.{suffix}");
        return new StorageConnectionString(name, key,
            Endpoint(parts, "BlobEndpoint") ?? Derived("blob"), Endpoint(parts, "QueueEndpoint") ?? Derived("queue"), Endpoint(parts, "TableEndpoint") ?? Derived("table"));
    }

    /// <summary>The connection string, with explicit endpoints (what tests hand to other processes).</summary>
    public string ToConnectionString() =>
        $"DefaultEndpointsProtocol={BlobEndpoint.Scheme};AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>Account and endpoints, never the key (safe to log).</summary>
    public override string ToString() => $"{AccountName} (blob {BlobEndpoint}, queue {QueueEndpoint}, table {TableEndpoint})";

    private static Uri? Endpoint(Dictionary<string, string> parts, string key) =>
        parts.TryGetValue(key, out var value) && value.Length > 0
            ? Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : throw new FormatException($"{key} '{value}' is not an absolute URI.")
            : null;

    // Never echo a key into an exception message.
    private static string Redact(string segment) => segment.Length > 12 ? segment[..12] + "…" : segment;
}
