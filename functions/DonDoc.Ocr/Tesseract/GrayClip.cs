namespace DonDoc.Ocr.Tesseract;

/// <summary>
/// Clears light grey before Tesseract sees a page: every pixel lighter than <c>percent</c> of white becomes
/// white and the darker ones are stretched over the full range (ImageMagick's <c>-level 0,P%</c>). A seal
/// printed or scanned as light grey over the signer's name otherwise makes Tesseract's layout analysis take
/// the name for part of a picture and drop it, and background speckle reads as debris; black print is
/// untouched. Measured on the rendered corpus scans: docs/benchmarks.md, section OCR.
/// </summary>
internal static class GrayClip
{
    /// <summary>Clips an 8-bit binary PGM (P5, maxval 255, as pdftoppm -gray writes it) in place; other files are left alone.</summary>
    public static void ApplyToPgm(string path, int percent)
    {
        if (percent is <= 0 or >= 100)
        {
            return;
        }
        var bytes = File.ReadAllBytes(path);
        if (PixelStart(bytes) is not { } start)
        {
            return;
        }
        Apply(bytes.AsSpan(start), percent);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Writes 8-bit grey pixels, width first, as a binary PGM (P5) that Tesseract reads.</summary>
    public static void WritePgm(string path, ReadOnlySpan<byte> pixels, int width, int height)
    {
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n"));
        file.Write(pixels);
    }

    /// <summary>Clips 8-bit grey pixels (0 black, 255 white) in place.</summary>
    public static void Apply(Span<byte> pixels, int percent)
    {
        var table = Table(percent);
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = table[pixels[i]];
        }
    }

    private static byte[] Table(int percent)
    {
        var white = 255 * percent / 100;
        var table = new byte[256];
        for (var v = 0; v < 256; v++)
        {
            table[v] = v >= white ? (byte)255 : (byte)(v * 255 / white);
        }
        return table;
    }

    // The offset of the first pixel of "P5 W H 255\n", or null for anything else (16-bit, ASCII, comments).
    private static int? PixelStart(byte[] b)
    {
        if (b.Length < 8 || b[0] != 'P' || b[1] != '5')
        {
            return null;
        }
        var i = 2;
        var numbers = new int[3];
        for (var k = 0; k < 3; k++)
        {
            while (i < b.Length && b[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                i++;
            }
            var digits = 0;
            while (i < b.Length && b[i] is >= (byte)'0' and <= (byte)'9' && digits < 9)
            {
                numbers[k] = (numbers[k] * 10) + (b[i] - '0');
                i++;
                digits++;
            }
            if (digits == 0)
            {
                return null;
            }
        }
        if (numbers[2] != 255 || i >= b.Length || (long)numbers[0] * numbers[1] != b.Length - i - 1)
        {
            return null;
        }
        return i + 1;
    }
}
