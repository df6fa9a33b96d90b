using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace DonDoc.Storage;

/// <summary>Reads one page of List Blobs (<c>EnumerationResults</c>) with its NextMarker.</summary>
internal static class BlobListXml
{
    public static (List<BlobItem> Items, string? NextMarker) Parse(byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        var root = XDocument.Load(stream).Root ?? throw new FormatException("List Blobs answered an empty document.");
        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var nameElement = blob.Element("Name");
            var name = nameElement?.Value ?? "";
            // Names with characters XML cannot carry come percent-encoded, flagged Encoded="true".
            if ((string?)nameElement?.Attribute("Encoded") == "true") name = Uri.UnescapeDataString(name);
            var properties = blob.Element("Properties");
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var m in blob.Element("Metadata")?.Elements() ?? [])
                metadata[m.Name.LocalName] = BlobMetadata.DecodeValue(m.Value);
            items.Add(new BlobItem(
                name,
                long.TryParse(properties?.Element("Content-Length")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : 0,
                Quoted(properties?.Element("Etag")?.Value ?? ""),
                DateTimeOffset.TryParse(properties?.Element("Last-Modified")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified : default,
                NullIfEmpty(properties?.Element("Content-Type")?.Value),
                metadata));
        }
        return (items, NullIfEmpty(root.Element("NextMarker")?.Value));
    }

    // Listings give the ETag bare (0x8D…) where headers quote it ("0x8D…"): quote it so that both compare equal.
    private static string Quoted(string etag) =>
        etag.Length == 0 || etag.StartsWith('"') || etag.StartsWith("W/", StringComparison.Ordinal) ? etag : new StringBuilder(etag.Length + 2).Append('"').Append(etag).Append('"').ToString();

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
