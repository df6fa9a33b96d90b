namespace DonDoc.Storage;

/// <summary>A blob read whole: its properties and its bytes.</summary>
/// <param name="Item">Name and properties at the time of the read.</param>
/// <param name="Bytes">The content.</param>
public sealed record BlobContent(BlobItem Item, byte[] Bytes);
