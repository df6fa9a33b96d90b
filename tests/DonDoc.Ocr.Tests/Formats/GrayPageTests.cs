using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DonDoc.Ocr.Formats;
using DonDoc.Ocr.Tesseract;

namespace DonDoc.Ocr.Tests.Formats;

/// <summary>
/// Grey pages are decoded (8-bit grey TIFF strips, Deflate or none, with the horizontal predictor) and their
/// light grey cleared before OCR (<see cref="GrayClip"/>); anything else is left to Tesseract as it is.
/// </summary>
public class GrayPageTests
{
    [Fact]
    public void Light_grey_becomes_white_and_black_stays_black()
    {
        byte[] pixels = [0, 40, 120, 177, 178, 200, 255];
        GrayClip.Apply(pixels, 70); // 70 % of white = 178
        Assert.Equal(new byte[] { 0, 57, 171, 253, 255, 255, 255 }, pixels);
    }

    [Fact]
    public void A_pgm_is_clipped_in_place_and_other_files_are_left_alone()
    {
        var dir = Directory.CreateTempSubdirectory("dondoc-clip-");
        try
        {
            var pgm = Path.Combine(dir.FullName, "p.pgm");
            File.WriteAllBytes(pgm, [.. Encoding.ASCII.GetBytes("P5\n2 1\n255\n"), 10, 220]);
            GrayClip.ApplyToPgm(pgm, 70);
            Assert.Equal(new byte[] { 14, 255 }, File.ReadAllBytes(pgm)[^2..]);
            var other = Path.Combine(dir.FullName, "p.txt");
            File.WriteAllText(other, "P2 not binary");
            GrayClip.ApplyToPgm(other, 70);
            Assert.Equal("P2 not binary", File.ReadAllText(other));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(8, 1)]
    [InlineData(8, 2)]
    [InlineData(32946, 2)]
    public void Decodes_a_grey_tiff_page(int compression, int predictor)
    {
        byte[][] pages = [[0, 10, 200, 255, 30, 30], [255, 254, 0, 1, 128, 64]];
        var tiff = Tiff(pages, width: 3, height: 2, compression, predictor);
        Assert.Equal(pages[1], TiffGray.ReadPage(tiff, 1, out var w, out var h));
        Assert.Equal((3, 2), (w, h));
        Assert.Equal(pages[0], TiffGray.ReadPage(tiff, 0, out _, out _));
    }

    [Fact]
    public void Leaves_other_tiffs_to_tesseract()
    {
        var lzw = Tiff([[1, 2, 3, 4, 5, 6]], 3, 2, compression: 5, predictor: 1);
        Assert.Null(TiffGray.ReadPage(lzw, 0, out _, out _));
    }

    // A little-endian TIFF with one strip per page.
    private static byte[] Tiff(byte[][] pages, int width, int height, int compression, int predictor)
    {
        var data = new List<byte>(Encoding.ASCII.GetBytes("II*\0")) { 0, 0, 0, 0 };
        var strips = new List<(int Offset, int Length)>();
        foreach (var page in pages)
        {
            var raw = (byte[])page.Clone();
            if (predictor == 2)
            {
                for (var y = 0; y < height; y++)
                {
                    for (var x = width - 1; x > 0; x--)
                    {
                        raw[(y * width) + x] = (byte)(raw[(y * width) + x] - raw[(y * width) + x - 1]);
                    }
                }
            }
            if (compression != 1)
            {
                using var ms = new MemoryStream();
                using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
                {
                    z.Write(raw);
                }
                raw = ms.ToArray();
            }
            strips.Add((data.Count, raw.Length));
            data.AddRange(raw);
        }
        var previousNext = 4;
        foreach (var (offset, length) in strips)
        {
            if (data.Count % 2 == 1)
            {
                data.Add(0);
            }
            var ifd = data.Count;
            BinaryPrimitives.WriteInt32LittleEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(data)[previousNext..], ifd);
            (ushort Tag, int Value)[] entries =
                [(256, width), (257, height), (258, 8), (259, compression), (262, 1), (273, offset), (277, 1), (278, height), (279, length), (317, predictor)];
            data.AddRange(BitConverter.GetBytes((ushort)entries.Length));
            foreach (var (tag, value) in entries)
            {
                data.AddRange(BitConverter.GetBytes(tag));
                data.AddRange(BitConverter.GetBytes((ushort)4));
                data.AddRange(BitConverter.GetBytes(1));
                data.AddRange(BitConverter.GetBytes(value));
            }
            previousNext = data.Count;
            data.AddRange(BitConverter.GetBytes(0));
        }
        return [.. data];
    }
}
