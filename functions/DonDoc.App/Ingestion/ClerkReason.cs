using DonDoc.Ocr;

namespace DonDoc.App.Ingestion;

/// <summary>Says in Vietnamese, for a clerk, why a file could not be read and what to do about it.</summary>
public static class ClerkReason
{
    public static string For(OcrException x) => x.Failure switch
    {
        OcrFailure.Empty => "Tệp rỗng (0 byte): hãy tải lên lại tệp đầy đủ.",
        OcrFailure.Unsupported => $"Không phải định dạng được hỗ trợ (PDF, TIFF, JPEG, PNG, TXT): {x.Message}",
        OcrFailure.Corrupt => $"Tệp bị hỏng hoặc không đầy đủ: {x.Message}",
        OcrFailure.Encrypted => "PDF có mật khẩu: hãy bỏ mật khẩu hoặc quét lại bản giấy.",
        OcrFailure.TooLarge => $"Tệp hoặc ảnh quá lớn: {x.Message}",
        OcrFailure.TooManyPages => $"Quá nhiều trang: {x.Message}",
        OcrFailure.Timeout => $"Đọc tệp quá lâu nên đã dừng: {x.Message}",
        _ => $"Không đọc được tệp: {x.Message}",
    };
}
