using System.Text;

namespace DonDoc.Reminders;

/// <summary>
/// Turns any text (an address, an attachment name) into a piece of a file name that is safe on Linux and
/// Windows: ASCII letters, digits, '@', '-', '_' and inner dots only, no "..", bounded length. Lossy on
/// purpose; callers add a counter, so two texts mapping to the same piece never collide.
/// </summary>
public static class SafeFileName
{
    /// <summary>The safe piece for <paramref name="text"/>; "x" when nothing usable is left.</summary>
    public static string Part(string? text, int maxLength = 60)
    {
        var sb = new StringBuilder();
        foreach (var c in (text ?? "").Trim().ToLowerInvariant())
        {
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '@' or '-' or '_' or '.';
            var next = keep ? c : '_';
            // No "..", and no run of replacement marks.
            if ((next == '.' || next == '_') && sb.Length > 0 && sb[^1] == next)
            {
                continue;
            }
            sb.Append(next);
            if (sb.Length >= maxLength)
            {
                break;
            }
        }
        var part = sb.ToString().Trim('.', '_', '-');
        return part.Length == 0 ? "x" : part;
    }
}
