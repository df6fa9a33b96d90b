using System.Security.Cryptography;

namespace DonDoc.App.Ingestion;

/// <summary>
/// The SHA-256 of a file's bytes, lower-case hex: the ingestion key, so the same bytes uploaded twice are one ingestion.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
