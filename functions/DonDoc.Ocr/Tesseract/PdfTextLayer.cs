using System.Globalization;
using System.Xml;

namespace DonDoc.Ocr.Tesseract;

/// <summary>One page of a PDF's text layer: size in points and the words of each line pdftotext found.</summary>
internal sealed record TextLayerPage(double Width, double Height, IReadOnlyList<IReadOnlyList<OcrWord>> Lines)
{
    /// <summary>
    /// True when the layer is worth reading instead of OCR: it has some letters, and few characters that
    /// real Vietnamese text never has. Letters typed in the old TCVN3 or VNI fonts come out of pdftotext as
    /// "Bé X©y dùng" or "Boä Xaây döïng": their tell-tale symbols (© ¸ µ ä ö ï …) send the page to OCR.
    /// </summary>
    public bool IsReadable
    {
        get
        {
            int letters = 0, odd = 0;
            foreach (var line in Lines)
            {
                foreach (var w in line)
                {
                    foreach (var c in w.Text)
                    {
                        letters += char.IsLetterOrDigit(c) ? 1 : 0;
                        odd += IsOdd(c) ? 1 : 0;
                    }
                }
            }
            return letters >= 20 && odd <= letters * 0.02;
        }
    }

    private static bool IsOdd(char c) =>
        c is (>= '\u00A1' and <= '\u00BF') or '\uFFFD' or (>= '\uE000' and <= '\uF8FF') or (< ' ' and not '\t')
        || "ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ".Contains(c);
}

/// <summary>
/// Reads the XHTML of `pdftotext -bbox-layout`: &lt;page width height&gt; → flow → block → &lt;line&gt; →
/// &lt;word xMin yMin xMax yMax&gt;text&lt;/word&gt;, coordinates in points from the top-left.
/// </summary>
internal static class PdfTextLayer
{
    public static IReadOnlyList<TextLayerPage> Read(string xhtml)
    {
        var pages = new List<TextLayerPage>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new StringReader(xhtml), settings);
        List<IReadOnlyList<OcrWord>>? lines = null;
        List<OcrWord>? line = null;
        double width = 0, height = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && line is not null)
            {
                double x0 = Num(reader, "xMin"), y0 = Num(reader, "yMin"), x1 = Num(reader, "xMax"), y1 = Num(reader, "yMax");
                // Moves past </word>: the loop must not call Read() again for this node.
                line.Add(new OcrWord(reader.ReadElementContentAsString(), x0, y0, x1 - x0, y1 - y0, 1));
                continue;
            }
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "page" && lines is not null)
            {
                pages.Add(new TextLayerPage(width, height, lines));
                lines = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
            {
                width = Num(reader, "width");
                height = Num(reader, "height");
                lines = [];
                if (reader.IsEmptyElement)
                {
                    pages.Add(new TextLayerPage(width, height, lines));
                    lines = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "line")
            {
                line = [];
                lines?.Add(line);
            }
            reader.Read();
        }
        return pages;
    }

    private static double Num(XmlReader r, string name) =>
        double.TryParse(r.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
