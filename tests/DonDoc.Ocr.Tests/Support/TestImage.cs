using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DonDoc.Ocr.Tests.Support;

/// <summary>PNG files written by hand: a header that claims a size, and a real, decodable, all-white image of any size.</summary>
internal static class TestImage
{
    /// <summary>Only the signature and an IHDR chunk claiming <paramref name="width"/>×<paramref name="height"/>: a decoder would fail, a header check must not need one.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", Ihdr(width, height));
        return png.ToArray();
    }

    /// <summary>
    /// A complete 1-bit white PNG: 20000×20000 px is 50 MB of pixels but about 50 KB of file, a decompression bomb.
    /// </summary>
    public static byte[] WhitePng(int width, int height)
    {
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            Array.Fill(row, (byte)0xFF);
            row[0] = 0; // filter: none
            for (var y = 0; y < height; y++)
            {
                z.Write(row);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", Ihdr(width, height));
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Ihdr(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // greyscale
        return ihdr;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        png.Write(len);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
