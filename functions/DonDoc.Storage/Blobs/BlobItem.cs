namespace DonDoc.Storage;

/// <summary>A blob's name and properties, as listed or read from its headers.</summary>
/// <param name="Name">The blob name, unescaped (may contain '/', spaces, Vietnamese).</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="ETag">The entity tag with its quotes, as the service sends it; pass it back verbatim in If-Match.</param>
/// <param name="LastModified">When the blob was last written.</param>
/// <param name="ContentType">The stored Content-Type, if any.</param>
/// <param name="Metadata">User metadata, names case-insensitive, values decoded (see <see cref="BlobContainer.PutAsync"/>).</param>
public sealed record BlobItem(string Name, long Size, string ETag, DateTimeOffset LastModified, string? ContentType, IReadOnlyDictionary<string, string> Metadata);
