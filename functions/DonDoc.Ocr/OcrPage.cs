namespace DonDoc.Ocr;

/// <summary>One page: its size and its lines in reading order.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Width">Page width in <paramref name="Unit"/>.</param>
/// <param name="Height">Page height in <paramref name="Unit"/>.</param>
/// <param name="Unit">"pixel" for images, "inch" for PDF pages (as Document Intelligence reports them).</param>
/// <param name="Lines">Lines in reading order; coordinates in <paramref name="Unit"/>.</param>
public sealed record OcrPage(int Number, double Width, double Height, string Unit, IReadOnlyList<OcrLine> Lines);
