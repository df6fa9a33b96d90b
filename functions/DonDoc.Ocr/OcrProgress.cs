namespace DonDoc.Ocr;

/// <summary>How far the reading of one document has come: <paramref name="PagesDone"/> of <paramref name="PageCount"/>.</summary>
public readonly record struct OcrProgress(int PagesDone, int PageCount);
