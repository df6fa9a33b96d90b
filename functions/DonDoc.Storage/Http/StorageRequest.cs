namespace DonDoc.Storage;

/// <summary>
/// One Storage request, described as data so that the pipeline can build (and sign) a fresh
/// <see cref="HttpRequestMessage"/> for every attempt: a message cannot be sent twice, and the signature
/// covers x-ms-date, which changes between attempts.
/// </summary>
internal sealed class StorageRequest(HttpMethod method, Uri uri)
{
    private List<KeyValuePair<string, string>>? _headers;

    public HttpMethod Method { get; } = method;

    public Uri Uri { get; } = uri;

    /// <summary>The body; null for none. PUT, POST and MERGE without a body still send Content-Length: 0.</summary>
    public ReadOnlyMemory<byte>? Body { get; init; }

    /// <summary>The exact Content-Type string, signed as given.</summary>
    public string? ContentType { get; init; }

    /// <summary>Headers other than content headers, x-ms-date, x-ms-version and Authorization.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? [];

    public StorageRequest With(string name, string value)
    {
        (_headers ??= new List<KeyValuePair<string, string>>(4)).Add(new(name, value));
        return this;
    }

    /// <summary>The value of a header set with <see cref="With"/>, or "" (which is what the string-to-sign wants).</summary>
    public string Header(string name)
    {
        if (_headers is null) return "";
        foreach (var (key, value) in _headers)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        return "";
    }

    /// <summary>Content length as signed: "" when there is no body or an empty one (x-ms-version 2015-02-21+).</summary>
    public string SignedContentLength => Body is { Length: > 0 } body ? body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    public override string ToString() => $"{Method} {Uri.GetLeftPart(UriPartial.Path)}";
}
