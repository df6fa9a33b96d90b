using System.Globalization;

namespace DonDoc.Storage;

/// <summary>
/// Blob metadata travels in <c>x-ms-meta-{name}</c> headers, whose values must be printable ASCII. A value
/// that is not (Vietnamese text), or that contains '%', or starts or ends with white space, is written
/// percent-encoded (UTF-8, <see cref="Uri.EscapeDataString(string)"/>); values read back that contain '%'
/// are percent-decoded. Our own values round-trip exactly; other tools (Storage Explorer, the portal) show
/// the encoded form, e.g. "Ho%C3%A0ng" for "Hoàng".
/// </summary>
internal static class BlobMetadata
{
    public const string HeaderPrefix = "x-ms-meta-";

    public static string EncodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = value.Length == 0 || (value[0] != ' ' && value[^1] != ' ');
        foreach (var c in value)
            if (c is < ' ' or > '~' or '%') { plain = false; break; }
        return plain ? value : Uri.EscapeDataString(value);
    }

    public static string DecodeValue(string value) => value.Contains('%') ? Uri.UnescapeDataString(value) : value;

    /// <summary>Metadata names are C# identifiers (the service's rule): checked here so that a bad name fails before any request.</summary>
    public static void ValidateName(string name)
    {
        var ok = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        foreach (var c in name) ok &= char.IsAsciiLetterOrDigit(c) || c == '_';
        if (!ok) throw new ArgumentException($"Blob metadata name '{name}' must be an ASCII identifier (letters, digits, '_', not starting with a digit).", nameof(name));
    }

    public static StorageRequest AddTo(StorageRequest request, IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null) return request;
        foreach (var (name, value) in metadata)
        {
            ValidateName(name);
            request.With(HeaderPrefix + name, EncodeValue(value));
        }
        return request;
    }

    public static IReadOnlyDictionary<string, string> FromHeaders(StorageResponse response)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response.HeadersStartingWith(HeaderPrefix))
            result[name[HeaderPrefix.Length..]] = DecodeValue(value);
        return result;
    }

    /// <summary>A BlobItem from the headers of a GET, HEAD or PUT response.</summary>
    public static BlobItem ItemFromHeaders(string name, StorageResponse response, long? knownSize = null) => new(
        name,
        knownSize ?? response.ContentHeaders?.ContentLength ?? 0,
        response.Header("ETag") ?? "",
        DateTimeOffset.TryParse(response.Header("Last-Modified"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified : default,
        response.Header("Content-Type"),
        FromHeaders(response));
}
