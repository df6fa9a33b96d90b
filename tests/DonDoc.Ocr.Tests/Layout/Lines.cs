using DonDoc.Letters.Layout;

namespace DonDoc.Ocr.Tests.Layout;

/// <summary>Hand-made pages for the layout specs: A4 at 200 dpi (1653 × 2339 px), lines 40 px high.</summary>
internal static class Lines
{
    public const double Width = 1653, Height = 2339;

    public static LayoutLine L(string text, double x, double y, double width, double height = 40, double confidence = 0.95) =>
        new(1, text, x, y, width, height, confidence);

    public static LayoutPage Page(int number, params LayoutLine[] lines) =>
        new(number, Width, Height, [.. lines.Select(l => l with { Page = number })]);
}
