namespace DonDoc.Ocr.DocumentIntelligence;

/// <summary>
/// A lower bound on a PDF's page count from its uncompressed page objects ("/Type /Page"), without a PDF
/// library: enough to refuse a 300-page file before uploading (and paying for) it. PDFs that keep their
/// objects in compressed streams count 0 here; the analyze request's pages=1-N bounds those.
/// </summary>
internal static class PdfPageCount
{
    public static int AtLeast(ReadOnlySpan<byte> pdf)
    {
        var count = 0;
        for (var at = pdf.IndexOf("/Type"u8); at >= 0;)
        {
            var rest = pdf[(at + 5)..];
            var i = 0;
            while (i < rest.Length && rest[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
            {
                i++;
            }
            // "/Page" and not "/Pages" (the page tree) or another name starting with it
            if (rest[i..].StartsWith("/Page"u8) && (i + 5 >= rest.Length || !char.IsAsciiLetter((char)rest[i + 5])))
            {
                count++;
            }
            var next = rest.IndexOf("/Type"u8);
            at = next < 0 ? -1 : at + 5 + next;
        }
        return count;
    }
}
