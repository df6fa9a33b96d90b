using System.Buffers.Binary;

namespace DonDoc.Ocr.Formats;

/// <summary>
/// Reads a PNG's size and resolution from its chunks (IHDR, pHYs) without decoding pixels, and checks that
/// the file ends with IEND, so a truncated upload is caught before a decoder sees it (PNG spec §5, §11).
/// </summary>
internal static class PngHeader
{
    public static ImageScan Read(ReadOnlySpan<byte> b)
    {
        // signature (8), then chunks: length (4, big-endian), type (4), data, CRC (4); IHDR comes first.
        if (b.Length < 33 || !b.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new BadHeaderException("no IHDR chunk");
        }
        long width = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        long height = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        if (width == 0 || height == 0)
        {
            throw new BadHeaderException("zero width or height");
        }
        var dpi = 0.0;
        var at = 8;
        while (at + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
            var type = b.Slice(at + 4, 4);
            if (type.SequenceEqual("IDAT"u8))
            {
                break;
            }
            if (type.SequenceEqual("pHYs"u8) && length >= 9 && at + 17 <= b.Length && b[at + 16] == 1)
            {
                dpi = BinaryPrimitives.ReadUInt32BigEndian(b[(at + 8)..]) * 0.0254; // pixels per metre
            }
            if (length > int.MaxValue - 12 - at)
            {
                break; // a chunk running past any possible end: the IEND check below reports the damage
            }
            at += 12 + (int)length;
        }
        // Writers may leave a few bytes after IEND; a missing IEND means the file was cut short.
        var complete = b[Math.Max(0, b.Length - 256)..].IndexOf("IEND"u8) >= 0;
        return new ImageScan([new ImageSize(width, height, dpi)], complete ? null : "the file ends before its IEND chunk");
    }
}
