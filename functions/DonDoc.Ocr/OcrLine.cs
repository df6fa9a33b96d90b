namespace DonDoc.Ocr;

/// <summary>
/// One line of text and its box: top-left origin, in the page's unit. Text that sits side by side on the page
/// (two header columns, Nơi nhận next to the signature) is two lines, never one.
/// </summary>
/// <param name="Text">The line's words separated by single spaces.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width of the box.</param>
/// <param name="Height">Height of the box.</param>
/// <param name="Confidence">0..1: the mean of the engine's word confidences (1 when the engine gives none, as for a PDF text layer).</param>
public sealed record OcrLine(string Text, double X, double Y, double Width, double Height, double Confidence);
