using System.Net.Http.Headers;

namespace DonDoc.Storage;

/// <summary>A Storage response whose body has been read completely (inside the attempt's time limit).</summary>
internal sealed class StorageResponse(int status, HttpResponseHeaders headers, HttpContentHeaders? contentHeaders, byte[] body)
{
    public int Status { get; } = status;

    public byte[] Body { get; } = body;

    public bool IsSuccess => Status is >= 200 and < 300;

    public HttpContentHeaders? ContentHeaders { get; } = contentHeaders;

    /// <summary>A response or content header's value (several values joined by ","), or null.</summary>
    public string? Header(string name)
    {
        if (headers.TryGetValues(name, out var values) || (ContentHeaders?.TryGetValues(name, out values) ?? false))
            return string.Join(",", values);
        return null;
    }

    /// <summary>All response headers whose name starts with <paramref name="prefix"/> (case-insensitive).</summary>
    public IEnumerable<KeyValuePair<string, string>> HeadersStartingWith(string prefix)
    {
        foreach (var (name, values) in headers)
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                yield return new(name, string.Join(",", values));
    }
}
