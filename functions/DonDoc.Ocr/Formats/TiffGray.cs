using System.IO.Compression;
using static DonDoc.Ocr.Formats.TiffEntries;

namespace DonDoc.Ocr.Formats;

/// <summary>
/// Decodes one page of a TIFF when it is what scanners and scangen write for grey pages: 8-bit grey, one
/// sample, strips, no compression or Deflate (TIFF 6.0 §2; Adobe Deflate 8 / 32946), with or without the
/// horizontal predictor. Anything else (tiles, LZW, JPEG, bilevel G4, colour) gives null and the file goes to
/// Tesseract as it is. Only called after <see cref="TiffHeader"/> has checked the file's structure and size.
/// </summary>
internal static class TiffGray
{
    /// <summary>The page's pixels (0 black, 255 white), width first, or null when the page is not of the kind above.</summary>
    public static byte[]? ReadPage(ReadOnlySpan<byte> b, int page, out int width, out int height)
    {
        width = height = 0;
        var little = b[0] == (byte)'I';
        long ifd = U32(b, 4, little);
        for (var p = 0; p < page && ifd != 0; p++)
        {
            var next = ifd + 2 <= b.Length ? ifd + 2 + (12L * U16(b, (int)ifd, little)) : long.MaxValue;
            ifd = next + 4 <= b.Length ? U32(b, (int)next, little) : 0;
        }
        if (ifd == 0 || ifd + 2 > b.Length)
        {
            return null;
        }
        var count = U16(b, (int)ifd, little);
        if (ifd + 2 + (12L * count) > b.Length)
        {
            return null;
        }
        long w = 0, h = 0, bits = 1, compression = 1, photometric = 1, samples = 1, rowsPerStrip = long.MaxValue, predictor = 1, planar = 1;
        long[] offsets = [], sizes = [];
        for (var i = 0; i < count; i++)
        {
            var e = (int)ifd + 2 + (12 * i);
            var tag = U16(b, e, little);
            switch (tag)
            {
                case 256: w = Values(b, e, little)[0]; break;
                case 257: h = Values(b, e, little)[0]; break;
                case 258: bits = Values(b, e, little)[0]; break;
                case 259: compression = Values(b, e, little)[0]; break;
                case 262: photometric = Values(b, e, little)[0]; break;
                case 273: offsets = Values(b, e, little); break;
                case 277: samples = Values(b, e, little)[0]; break;
                case 278: rowsPerStrip = Values(b, e, little)[0]; break;
                case 279: sizes = Values(b, e, little); break;
                case 284: planar = Values(b, e, little)[0]; break;
                case 317: predictor = Values(b, e, little)[0]; break;
                case 322 or 324: return null; // tiled
            }
        }
        if (w <= 0 || h <= 0 || w * h > int.MaxValue || bits != 8 || samples != 1 || planar != 1 || photometric is not (0 or 1)
            || compression is not (1 or 8 or 32946) || predictor is not (1 or 2) || offsets.Length == 0 || offsets.Length != sizes.Length)
        {
            return null;
        }
        var pixels = new byte[w * h];
        var at = 0;
        for (var s = 0; s < offsets.Length && at < pixels.Length; s++)
        {
            if (offsets[s] + sizes[s] > b.Length)
            {
                return null;
            }
            var strip = b.Slice((int)offsets[s], (int)sizes[s]);
            var want = (int)Math.Min(pixels.Length - at, Math.Min(rowsPerStrip, h) * w);
            var got = compression == 1 ? Copy(strip, pixels.AsSpan(at, want)) : Inflate(strip, pixels.AsSpan(at, want));
            if (got != want)
            {
                return null;
            }
            at += want;
        }
        if (at != pixels.Length)
        {
            return null;
        }
        if (predictor == 2)
        {
            for (long row = 0; row < h; row++)
            {
                var r = pixels.AsSpan((int)(row * w), (int)w);
                for (var x = 1; x < r.Length; x++)
                {
                    r[x] = (byte)(r[x] + r[x - 1]);
                }
            }
        }
        if (photometric == 0)
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)(255 - pixels[i]);
            }
        }
        (width, height) = ((int)w, (int)h);
        return pixels;
    }

    private static int Copy(ReadOnlySpan<byte> strip, Span<byte> into)
    {
        var n = Math.Min(strip.Length, into.Length);
        strip[..n].CopyTo(into);
        return n;
    }

    private static int Inflate(ReadOnlySpan<byte> strip, Span<byte> into)
    {
        try
        {
            using var z = new ZLibStream(new MemoryStream(strip.ToArray()), CompressionMode.Decompress);
            var total = 0;
            int n;
            while (total < into.Length && (n = z.Read(into[total..])) > 0)
            {
                total += n;
            }
            return total;
        }
        catch (InvalidDataException)
        {
            return -1;
        }
    }

    private static long[] Values(ReadOnlySpan<byte> b, int e, bool little) => TiffEntries.Values(b, e, little) ?? [0];
}
