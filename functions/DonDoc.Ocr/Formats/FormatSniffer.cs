using System.Text;

namespace DonDoc.Ocr.Formats;

/// <summary>
/// Recognises a file by its first bytes (magic numbers), never by its name: clerks rename files, and a
/// text file called "công văn.pdf" must be reported as text, not fed to a PDF reader.
/// </summary>
internal static class FormatSniffer
{
    public static FoundFormat Detect(ReadOnlySpan<byte> b)
    {
        // PDF readers accept "%PDF-" anywhere in the first 1024 bytes (ISO 32000-1, Annex H.3 note 13).
        if (b[..Math.Min(b.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return new(DocumentFormat.Pdf, "PDF", "PDF");
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new(DocumentFormat.Png, "ảnh PNG", "a PNG image");
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new(DocumentFormat.Jpeg, "ảnh JPEG", "a JPEG image");
        }
        if (b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8))
        {
            return new(DocumentFormat.Tiff, "ảnh TIFF", "a TIFF image");
        }
        return Other(b);
    }

    private static FoundFormat Other(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("II+\0"u8) || b.StartsWith("MM\0+"u8))
        {
            return new(DocumentFormat.Other, "ảnh BigTIFF (chưa hỗ trợ)", "a BigTIFF image, not supported");
        }
        if (b.StartsWith("PK\u0003\u0004"u8))
        {
            return new(DocumentFormat.Other, "tệp nén (Word/Excel .docx/.xlsx hoặc .zip)", "a zip archive (Word/Excel .docx/.xlsx or .zip)");
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return new(DocumentFormat.Other, "tệp Word/Excel cũ (.doc/.xls)", "an old Word/Excel file (.doc/.xls)");
        }
        if (b.StartsWith("GIF8"u8) || b.StartsWith("BM"u8) || (b.Length >= 12 && b[8..12].SequenceEqual("WEBP"u8)) || (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8)))
        {
            return new(DocumentFormat.Other, "ảnh định dạng khác (GIF, BMP, WebP, HEIC)", "an image in another format (GIF, BMP, WebP, HEIC)");
        }
        return LooksLikeText(b)
            ? new(DocumentFormat.Other, "văn bản", "text")
            : new(DocumentFormat.Other, "dữ liệu không rõ", "unrecognised data");
    }

    // Text: no NUL byte in the first 8 KB, and it decodes as UTF-8 (a cut multi-byte character at the end is fine).
    private static bool LooksLikeText(ReadOnlySpan<byte> b)
    {
        var head = b[..Math.Min(b.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var chars = new char[head.Length + 1];
        try
        {
            decoder.GetChars(head, chars, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
