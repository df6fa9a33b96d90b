using DonDoc.Ocr.Formats;

namespace DonDoc.Ocr;

/// <summary>The checks every engine runs before it spends anything on a file: bytes, format, pages, pixels.</summary>
internal static class OcrLimits
{
    /// <summary>Rejects empty and oversized files and anything that is not PDF, TIFF, PNG or JPEG; returns the format.</summary>
    public static DocumentFormat CheckFile(ReadOnlySpan<byte> content, string file, OcrOptions options)
    {
        if (content.IsEmpty)
        {
            throw OcrErrors.Empty(file);
        }
        if (content.Length > options.MaxBytes)
        {
            throw OcrErrors.TooManyBytes(file, content.Length, options.MaxBytes);
        }
        var found = FormatSniffer.Detect(content);
        return found.Format == DocumentFormat.Other ? throw OcrErrors.NotAScan(file, found) : found.Format;
    }

    /// <summary>The sizes of an image's pages, after the page and pixel limits (header read only).</summary>
    public static IReadOnlyList<ImageSize> CheckImage(DocumentFormat format, ReadOnlySpan<byte> content, string file, OcrOptions options)
    {
        ImageScan scan;
        try
        {
            scan = ImageHeaders.Read(format, content, options.MaxPages);
        }
        catch (BadHeaderException e)
        {
            throw OcrErrors.Corrupt(file, format, e.Message);
        }
        var pages = scan.Pages;
        if (pages.Count > options.MaxPages)
        {
            throw new OcrException(OcrFailure.TooManyPages,
                $"quá nhiều trang: hơn {options.MaxPages} (too many pages: more than {options.MaxPages}, limit {options.MaxPages})");
        }
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Pixels > options.MaxPixels)
            {
                throw OcrErrors.TooManyPixels(file, i + 1, pages[i].Width, pages[i].Height, options.MaxPixels);
            }
        }
        return scan.Damage is { } damage ? throw OcrErrors.Corrupt(file, format, damage) : pages;
    }
}
