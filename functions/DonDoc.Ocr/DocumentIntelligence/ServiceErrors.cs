using System.Net;
using System.Text.Json;

namespace DonDoc.Ocr.DocumentIntelligence;

/// <summary>
/// Turns Document Intelligence error answers ({"error":{"code","message","innererror":{…}}}, error guide
/// v4.0) into <see cref="OcrException"/>s: problems with the file (InvalidRequest/InvalidContent…) are
/// permanent and say what is wrong with it; problems on the service's side or with our credentials are
/// transient, since the same file can be read once they are fixed.
/// </summary>
internal static class ServiceErrors
{
    public static OcrException FromResponse(HttpStatusCode status, string body, string file)
    {
        var error = Parse(body);
        var code = (int)status;
        return code switch
        {
            401 or 403 => new OcrException(OcrFailure.ServiceError,
                $"Document Intelligence từ chối quyền truy cập (access denied, HTTP {code}: check the key or the identity's role){Detail(error)}",
                isTransient: true),
            404 => new OcrException(OcrFailure.ServiceError,
                $"không tìm thấy dịch vụ hoặc mô hình Document Intelligence (endpoint or model not found, HTTP 404){Detail(error)}",
                isTransient: true),
            >= 400 and < 500 => FromError(error, file, permanentByDefault: true),
            _ => new OcrException(OcrFailure.ServiceError,
                $"Document Intelligence đang lỗi, sẽ thử lại (service error, HTTP {code}; will retry){Detail(error)}", isTransient: true),
        };
    }

    /// <summary>An analysis whose status is "failed": the error element of the operation.</summary>
    public static OcrException FromFailedOperation(JsonElement error, string file) =>
        FromError(Read(error), file, permanentByDefault: false);

    private static OcrException FromError(ServiceError? e, string file, bool permanentByDefault)
    {
        var codes = e?.Codes ?? [];
        bool Has(string part) => codes.Any(c => c.Contains(part, StringComparison.OrdinalIgnoreCase));
        var permanent = permanentByDefault || Has("InvalidRequest") || Has("InvalidArgument") || Has("InvalidContent");
        var failure = Has("Password") || Has("Encrypted") ? OcrFailure.Encrypted
            : Has("Dimensions") || Has("Length") || Has("TooLarge") ? OcrFailure.TooLarge
            : Has("InvalidContent") ? OcrFailure.Corrupt
            : OcrFailure.ServiceError;
        var what = failure switch
        {
            OcrFailure.Encrypted => "PDF có mật khẩu (password-protected PDF)",
            OcrFailure.TooLarge => "tệp hoặc trang quá lớn (file or page too large)",
            OcrFailure.Corrupt => "tệp hỏng hoặc không đúng định dạng (damaged or unsupported file)",
            _ => permanent ? "Document Intelligence không đọc được tệp (the service could not read the file)"
                           : "Document Intelligence lỗi khi đọc tệp, sẽ thử lại (the analysis failed; will retry)",
        };
        return new OcrException(failure, $"{what}{Detail(e)}", isTransient: !permanent);
    }

    private static string Detail(ServiceError? e) => e is null ? "" : $": {string.Join(" / ", e.Codes)} — {e.Message}";

    private static ServiceError? Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("error", out var error) ? Read(error) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The codes from the outside in, and the innermost message (the most specific one).
    private static ServiceError? Read(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var codes = new List<string>();
        var message = "";
        for (var e = error; e.ValueKind == JsonValueKind.Object; e = e.TryGetProperty("innererror", out var inner) ? inner : default)
        {
            if (e.TryGetProperty("code", out var c) && c.GetString() is { } code)
            {
                codes.Add(code);
            }
            if (e.TryGetProperty("message", out var m) && m.GetString() is { Length: > 0 } text)
            {
                message = text;
            }
        }
        if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
        {
            codes.AddRange(details.EnumerateArray().Select(d => d.TryGetProperty("code", out var c) ? c.GetString() : null).OfType<string>());
        }
        return new ServiceError(codes, message);
    }

    private sealed record ServiceError(IReadOnlyList<string> Codes, string Message);
}
