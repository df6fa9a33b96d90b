using static DonDoc.Ocr.Formats.TiffEntries;

namespace DonDoc.Ocr.Formats;

/// <summary>
/// Walks a classic TIFF's chain of image file directories (one per page) and reads each page's size and
/// resolution without decoding (TIFF 6.0 §2). Stops after <c>maxPages + 1</c> pages, so a file claiming
/// thousands of pages costs nothing, and checks that every strip or tile lies inside the file, so a
/// truncated TIFF is caught before a decoder sees it.
/// </summary>
internal static class TiffHeader
{
    private const ushort ImageWidth = 256, ImageLength = 257, StripOffsets = 273, StripByteCounts = 279,
        XResolution = 282, ResolutionUnit = 296, TileOffsets = 324, TileByteCounts = 325;

    public static ImageScan Read(ReadOnlySpan<byte> b, int maxPages)
    {
        var little = b[0] == (byte)'I';
        var pages = new List<ImageSize>();
        string? damage = null;
        var seen = new HashSet<long>();
        long ifd = U32(b, 4, little);
        while (ifd != 0 && pages.Count <= maxPages)
        {
            if (!seen.Add(ifd) || ifd + 2 > b.Length)
            {
                throw new BadHeaderException(ifd + 2 > b.Length ? "a page directory lies past the end of the file" : "page directories form a loop");
            }
            var count = U16(b, (int)ifd, little);
            var end = ifd + 2 + (12L * count);
            if (end + 4 > b.Length)
            {
                throw new BadHeaderException("a page directory is cut short");
            }
            var (page, pageDamage) = ReadPage(b, (int)ifd + 2, count, little);
            pages.Add(page);
            damage ??= pageDamage;
            ifd = U32(b, (int)end, little);
        }
        if (pages.Count == 0)
        {
            throw new BadHeaderException("no pages");
        }
        return new ImageScan(pages, damage);
    }

    private static (ImageSize Page, string? Damage) ReadPage(ReadOnlySpan<byte> b, int entries, int count, bool little)
    {
        long width = 0, height = 0;
        double xres = 0;
        var unit = 2; // inch, the TIFF default
        long[] offsets = [], sizes = [];
        for (var i = 0; i < count; i++)
        {
            var e = entries + (12 * i);
            var tag = U16(b, e, little);
            switch (tag)
            {
                case ImageWidth: width = Values(b, e, little)[0]; break;
                case ImageLength: height = Values(b, e, little)[0]; break;
                case ResolutionUnit: unit = (int)Values(b, e, little)[0]; break;
                case XResolution: xres = Rational(b, e, little); break;
                case StripOffsets or TileOffsets: offsets = Values(b, e, little); break;
                case StripByteCounts or TileByteCounts: sizes = Values(b, e, little); break;
            }
        }
        if (width <= 0 || height <= 0)
        {
            throw new BadHeaderException("a page without width or height");
        }
        string? damage = null;
        for (var i = 0; i < Math.Min(offsets.Length, sizes.Length); i++)
        {
            if (offsets[i] + sizes[i] > b.Length)
            {
                damage = "image data lies past the end of the file";
            }
        }
        var dpi = unit switch { 2 => xres, 3 => xres * 2.54, _ => 0 };
        return (new ImageSize(width, height, dpi), damage);
    }

    private static long[] Values(ReadOnlySpan<byte> b, int e, bool little) =>
        TiffEntries.Values(b, e, little) ?? throw new BadHeaderException("a tag's values lie past the end of the file");

    private static double Rational(ReadOnlySpan<byte> b, int e, bool little)
    {
        var at = U32(b, e + 8, little);
        if (U16(b, e + 2, little) != 5 || at + 8 > b.Length)
        {
            return 0;
        }
        var den = U32(b, (int)at + 4, little);
        return den == 0 ? 0 : (double)U32(b, (int)at, little) / den;
    }
}
