namespace DonDoc.Ocr.Tesseract;

/// <summary>A word and its box as a tool reports it (top-left origin, the tool's unit), confidence 0..1.</summary>
internal readonly record struct OcrWord(string Text, double X, double Y, double Width, double Height, double Confidence)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}
