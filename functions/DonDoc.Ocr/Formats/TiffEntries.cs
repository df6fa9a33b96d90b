using System.Buffers.Binary;

namespace DonDoc.Ocr.Formats;

/// <summary>Reads the numbers of a classic TIFF (TIFF 6.0 §2) in the file's byte order: what <see cref="TiffHeader"/>
/// and <see cref="TiffGray"/> both walk a page directory with.</summary>
internal static class TiffEntries
{
    public static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    public static long U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    /// <summary>The values of the directory entry at <paramref name="e"/> when of type SHORT (3) or LONG (4), inline
    /// when they fit in 4 bytes; [0] for other types or counts; null when they lie past the end of the file.</summary>
    public static long[]? Values(ReadOnlySpan<byte> b, int e, bool little)
    {
        var type = U16(b, e + 2, little);
        var n = U32(b, e + 4, little);
        var size = type == 3 ? 2 : type == 4 ? 4 : 0;
        if (size == 0 || n == 0 || n > 1_000_000)
        {
            return [0];
        }
        var at = n * size <= 4 ? e + 8 : U32(b, e + 8, little);
        if (at + (n * size) > b.Length)
        {
            return null;
        }
        var values = new long[n];
        for (var i = 0; i < n; i++)
        {
            var p = (int)(at + (i * size));
            values[i] = size == 2 ? U16(b, p, little) : U32(b, p, little);
        }
        return values;
    }
}
