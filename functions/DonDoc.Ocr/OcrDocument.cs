namespace DonDoc.Ocr;

/// <summary>What an engine read from one file: its pages in order.</summary>
/// <param name="Engine">The engine that read it ("tesseract", "documentintelligence").</param>
/// <param name="Pages">Pages in document order, numbered from 1.</param>
public sealed record OcrDocument(string Engine, IReadOnlyList<OcrPage> Pages)
{
    /// <summary>The plain text: each page's lines in reading order joined by '\n', pages separated by '\f'.</summary>
    public string Text => string.Join('\f', Pages.Select(p => string.Join('\n', p.Lines.Select(l => l.Text))));
}
