namespace DonDoc.Ocr.Formats;

/// <summary>The size of one image page as its header states it; <paramref name="Dpi"/> is 0 when the file does not say.</summary>
internal readonly record struct ImageSize(long Width, long Height, double Dpi)
{
    public long Pixels => Width * Height;
}

/// <summary>
/// The pages of an image file as its header describes them, and <paramref name="Damage"/> when the file is
/// cut short or inconsistent (reported after the size checks, so an oversized image is refused as such).
/// </summary>
internal sealed record ImageScan(IReadOnlyList<ImageSize> Pages, string? Damage);

/// <summary>A header that cannot be read at all: the file is damaged or truncated.</summary>
internal sealed class BadHeaderException(string detail) : Exception(detail);
