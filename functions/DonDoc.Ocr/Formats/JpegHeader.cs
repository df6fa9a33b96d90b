using System.Buffers.Binary;

namespace DonDoc.Ocr.Formats;

/// <summary>
/// Reads a JPEG's size from its SOF marker and its resolution from the JFIF APP0 segment, without decoding,
/// and checks for the end-of-image marker so a truncated photo is caught (ITU T.81 Annex B; JFIF 1.02).
/// </summary>
internal static class JpegHeader
{
    public static ImageScan Read(ReadOnlySpan<byte> b)
    {
        var dpi = 0.0;
        var at = 2;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF)
            {
                throw new BadHeaderException("marker expected");
            }
            var marker = b[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(at + 2)..]);
            if (length < 2)
            {
                throw new BadHeaderException("segment length out of range");
            }
            var segment = b.Slice(at + 4, Math.Min(length - 2, b.Length - at - 4));
            if (marker == 0xE0 && segment.Length >= 12 && segment.StartsWith("JFIF\0"u8))
            {
                var unit = segment[7];
                var x = BinaryPrimitives.ReadUInt16BigEndian(segment[8..]);
                dpi = unit switch { 1 => x, 2 => x * 2.54, _ => 0 };
            }
            // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry precision, height, width.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (segment.Length < 5)
                {
                    throw new BadHeaderException("short frame header");
                }
                long height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                long width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                if (width == 0 || height == 0)
                {
                    throw new BadHeaderException("zero width or height");
                }
                var complete = b[Math.Max(0, b.Length - 1024)..].IndexOf([(byte)0xFF, (byte)0xD9]) >= 0;
                return new ImageScan([new ImageSize(width, height, dpi)], complete ? null : "the file ends before its end-of-image marker");
            }
            at += 2 + length;
        }
        throw new BadHeaderException("no frame header");
    }
}
