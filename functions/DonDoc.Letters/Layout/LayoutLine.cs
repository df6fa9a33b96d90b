namespace DonDoc.Letters.Layout;

/// <summary>
/// A line of text where it sits on its page: top-left origin, in the page's unit (pixels, inches: only
/// proportions matter). Lines side by side on the page are separate lines.
/// </summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Text">The line's text.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width of the line's box.</param>
/// <param name="Height">Height of the line's box.</param>
/// <param name="Confidence">How sure the OCR was, 0..1 (1 for text that was not OCRed).</param>
public sealed record LayoutLine(int Page, string Text, double X, double Y, double Width, double Height, double Confidence = 1)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double Middle => Y + (Height / 2);
}
