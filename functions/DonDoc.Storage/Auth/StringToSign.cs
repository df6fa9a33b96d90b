using System.Text;

namespace DonDoc.Storage;

/// <summary>
/// The SharedKey strings-to-sign (learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key;
/// platform notes §5.2). The canonicalized resource is "/" + account + the URI's encoded path, which is
/// right for Azure (account in the host name) and for Azurite's path-style URLs, where the account name
/// therefore appears twice: "/devstoreaccount1/devstoreaccount1/container".
/// </summary>
internal static class StringToSign
{
    /// <summary>Blob and Queue, SharedKey (version 2009-09-19 and later).</summary>
    public static string ForBlobOrQueue(string account, StorageRequest request, string date, string version)
    {
        var sb = new StringBuilder(256);
        sb.Append(request.Method.Method).Append('\n')
          .Append(request.Header("Content-Encoding")).Append('\n')
          .Append(request.Header("Content-Language")).Append('\n')
          .Append(request.SignedContentLength).Append('\n')
          .Append(request.Header("Content-MD5")).Append('\n')
          .Append(request.ContentType).Append('\n')
          .Append('\n') // Date: empty because x-ms-date is sent
          .Append(request.Header("If-Modified-Since")).Append('\n')
          .Append(request.Header("If-Match")).Append('\n')
          .Append(request.Header("If-None-Match")).Append('\n')
          .Append(request.Header("If-Unmodified-Since")).Append('\n')
          .Append(request.Header("Range")).Append('\n');
        AppendCanonicalizedHeaders(sb, request, date, version);
        AppendCanonicalizedResource(sb, account, request.Uri, allQueryParameters: true);
        return sb.ToString();
    }

    /// <summary>Table, SharedKey: no canonicalized headers; the Date line is the x-ms-date value; only comp from the query.</summary>
    public static string ForTable(string account, StorageRequest request, string date)
    {
        var sb = new StringBuilder(128);
        sb.Append(request.Method.Method).Append('\n')
          .Append(request.Header("Content-MD5")).Append('\n')
          .Append(request.ContentType).Append('\n')
          .Append(date).Append('\n');
        AppendCanonicalizedResource(sb, account, request.Uri, allQueryParameters: false);
        return sb.ToString();
    }

    private static void AppendCanonicalizedHeaders(StringBuilder sb, StorageRequest request, string date, string version)
    {
        // x-ms-date and x-ms-version are always present; the rest come from the request, sorted by lower-case
        // name (ordinal, as Azure does; Azurite's localeCompare agrees for the header names we send).
        var headers = new List<KeyValuePair<string, string>>(request.Headers.Count + 2)
        {
            new("x-ms-date", date),
            new("x-ms-version", version),
        };
        foreach (var (name, value) in request.Headers)
            if (name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                headers.Add(new(name.ToLowerInvariant(), value));
        headers.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (name, value) in headers)
            sb.Append(name).Append(':').Append(value.Trim()).Append('\n');
    }

    private static void AppendCanonicalizedResource(StringBuilder sb, string account, Uri uri, bool allQueryParameters)
    {
        sb.Append('/').Append(account).Append(uri.AbsolutePath);
        var query = uri.Query;
        if (query.Length <= 1) return;
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).ToLowerInvariant();
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            if (!parameters.TryGetValue(name, out var values)) parameters[name] = values = [];
            values.Add(value);
        }
        if (!allQueryParameters)
        {
            if (parameters.TryGetValue("comp", out var comp)) sb.Append("?comp=").Append(comp[0]);
            return;
        }
        foreach (var (name, values) in parameters)
        {
            values.Sort(StringComparer.Ordinal);
            sb.Append('\n').Append(name).Append(':').AppendJoin(',', values);
        }
    }
}
