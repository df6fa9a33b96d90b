namespace DonDoc.Ocr.Formats;

/// <summary>The formats OCR reads, and <see cref="Other"/> for everything else.</summary>
internal enum DocumentFormat
{
    Other,
    Pdf,
    Png,
    Jpeg,
    Tiff,
}

/// <summary>What a file turned out to be, in words for messages ("văn bản" / "text").</summary>
internal sealed record FoundFormat(DocumentFormat Format, string Vietnamese, string English);
