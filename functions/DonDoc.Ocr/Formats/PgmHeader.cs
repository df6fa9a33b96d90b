using System.Text;

namespace DonDoc.Ocr.Formats;

/// <summary>Reads width and height from the header of a binary PGM (P5), as pdftoppm -gray writes it.</summary>
internal static class PgmHeader
{
    public static (int Width, int Height)? Read(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[64];
        var n = file.Read(head, 0, head.Length);
        var parts = Encoding.ASCII.GetString(head, 0, n).Split((char[])[' ', '\n', '\r', '\t'], 4, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts[0] == "P5" && int.TryParse(parts[1], out var w) && int.TryParse(parts[2], out var h)
            ? (w, h)
            : null;
    }
}
