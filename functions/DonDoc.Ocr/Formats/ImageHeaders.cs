namespace DonDoc.Ocr.Formats;

/// <summary>
/// The pages of an image file and their sizes, read from the header alone: the pixel and page limits are
/// checked on these numbers before any decoder allocates memory for a 20000×20000 px bomb.
/// </summary>
internal static class ImageHeaders
{
    /// <summary>The pages' sizes (one for PNG and JPEG); throws <see cref="BadHeaderException"/> when no size can be read.</summary>
    public static ImageScan Read(DocumentFormat format, ReadOnlySpan<byte> b, int maxPages)
    {
        try
        {
            return format switch
            {
                DocumentFormat.Png => PngHeader.Read(b),
                DocumentFormat.Jpeg => JpegHeader.Read(b),
                DocumentFormat.Tiff => TiffHeader.Read(b, maxPages),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an image format"),
            };
        }
        catch (ArgumentOutOfRangeException) when (format is not DocumentFormat.Other and not DocumentFormat.Pdf)
        {
            throw new BadHeaderException("the header is cut short"); // a read past the end of a truncated file
        }
    }
}
