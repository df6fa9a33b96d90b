using System.Globalization;
using DonDoc.Ocr.Formats;

namespace DonDoc.Ocr;

/// <summary>
/// Every message an OCR failure carries, in one place: Vietnamese first, English in brackets, naming the
/// problem and the limit, so a clerk knows what to do with the file.
/// </summary>
internal static class OcrErrors
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static OcrException Empty(string file) =>
        new(OcrFailure.Empty, $"tệp rỗng (empty file)");

    public static OcrException TooManyBytes(string file, long bytes, long limit) =>
        new(OcrFailure.TooLarge, $"tệp quá lớn: {Megabytes(bytes)} (file too large: {Megabytes(bytes)}, limit {Megabytes(limit)})");

    /// <summary>The content is not a scan: <paramref name="found"/> says what it is instead.</summary>
    public static OcrException NotAScan(string file, FoundFormat found)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        var isPdfName = ext == ".pdf";
        var named = ext is ".pdf" or ".tif" or ".tiff" or ".png" or ".jpg" or ".jpeg";
        var vi = (isPdfName ? "không phải PDF" : "không phải bản quét PDF, TIFF, PNG hay JPEG") + (named ? $" dù tên là {ext}" : "");
        var en = (isPdfName ? "not a PDF" : "not a PDF, TIFF, PNG or JPEG scan") + (named ? $" although named {ext}" : "");
        return new(OcrFailure.Unsupported, $"{vi}, nội dung là {found.Vietnamese} ({en}: the content is {found.English})");
    }

    public static OcrException Corrupt(string file, DocumentFormat format, string? detail = null)
    {
        var (vi, en) = format switch
        {
            DocumentFormat.Pdf => ("PDF", "PDF"),
            DocumentFormat.Png => ("ảnh PNG", "PNG image"),
            DocumentFormat.Jpeg => ("ảnh JPEG", "JPEG image"),
            DocumentFormat.Tiff => ("ảnh TIFF", "TIFF image"),
            _ => ("tệp", "file"),
        };
        return new(OcrFailure.Corrupt, $"{vi} bị hỏng hoặc không đầy đủ (damaged or truncated {en}{(detail is null ? "" : $": {detail}")})");
    }

    public static OcrException Encrypted(string file) =>
        new(OcrFailure.Encrypted, $"PDF có mật khẩu, cần bản không khóa (password-protected PDF: send a copy without a password)");

    public static OcrException TooManyPixels(string file, int page, long width, long height, long limit) =>
        new(OcrFailure.TooLarge, string.Format(Inv,
            "ảnh quá lớn: {1}×{2} px ở trang {3} (image too large: {1}×{2} px on page {3}, limit {4:0.#} megapixels per page)",
            file, width, height, page, limit / 1e6));

    public static OcrException TooManyPages(string file, int pages, int limit) =>
        new(OcrFailure.TooManyPages, $"quá nhiều trang: {pages} (too many pages: {pages}, limit {limit})");

    public static OcrException PageTimeout(string file, int page, TimeSpan after) =>
        new(OcrFailure.Timeout, string.Format(Inv, "quá thời gian đọc trang {1} (timed out after {2:0.#} s on page {1})", file, page, after.TotalSeconds));

    public static OcrException ToolMissing(string tool, string package) =>
        new(OcrFailure.ServiceError, $"không tìm thấy chương trình {tool} (OCR tool not installed: {tool}; apt-get install {package})", isTransient: true);

    public static OcrException ToolFailed(string file, string tool, string detail) =>
        new(OcrFailure.ServiceError, $"{tool} không đọc được tệp ({tool} failed: {detail})");

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? string.Format(Inv, "{0:0.#} MB", bytes / 1024.0 / 1024.0)
        : string.Format(Inv, "{0:0.#} KB", bytes / 1024.0);
}
