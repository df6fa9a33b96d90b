using System.Text;
using System.Text.Json.Nodes;

namespace DonDoc.Cli;

/// <summary>Reads letter files from disk with errors a clerk can understand instead of exceptions.</summary>
public static class LetterFiles
{
    public const long MaxTextBytes = 8 * 1024 * 1024;

    public static async Task<(string? Text, string? Error)> ReadTextAsync(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "không tìm thấy tệp (file not found)");
            }
            if (info.Length == 0)
            {
                return (null, "tệp rỗng (empty file)");
            }
            if (info.Length > MaxTextBytes)
            {
                return (null, $"tệp văn bản quá lớn: {info.Length / 1024 / 1024} MB (text file too large; limit {MaxTextBytes / 1024 / 1024} MB)");
            }
            var ext = info.Extension.ToLowerInvariant();
            if (ext is not (".txt" or ".md" or ".text" or ""))
            {
                return (null, $"chưa hỗ trợ đọc tệp {ext}: cần bản văn bản .txt (scans are read once OCR is configured)");
            }
            var bytes = await File.ReadAllBytesAsync(path);
            if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            {
                return (null, "tệp không phải văn bản (binary content in a text file)");
            }
            var decoder = new UTF8Encoding(false, true);
            try
            {
                return (decoder.GetString(bytes).TrimStart('\uFEFF'), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, "tệp không ở mã UTF-8 (text is not UTF-8)");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"không đọc được tệp: {e.Message}");
        }
    }

    public static string ErrorJson(string source, string error) =>
        new JsonObject { ["source"] = source, ["error"] = error }.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
}
