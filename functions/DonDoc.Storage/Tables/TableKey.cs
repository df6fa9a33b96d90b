using System.Text;

namespace DonDoc.Storage;

/// <summary>
/// Makes any text usable as a PartitionKey or RowKey, reversibly. Table keys may not contain
/// <c>/ \ # ?</c> or control characters (U+0000–U+001F, U+007F–U+009F); those, and '%' (which trips up
/// some clients and the Cosmos DB Table API in URLs) and '~' (the escape character itself), become
/// "~XX" (two hex digits). Everything else, Vietnamese included, stays readable:
/// "5802/VPCP-CN" → "5802~2FVPCP-CN", "Bộ Xây dựng" unchanged. Order of keys is not preserved exactly.
/// </summary>
public static class TableKey
{
    private const char Escape = '~';

    /// <summary>The key for <paramref name="raw"/>; <see cref="Decode"/> gives <paramref name="raw"/> back.</summary>
    public static string Encode(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var i = 0;
        while (i < raw.Length && !MustEscape(raw[i])) i++;
        if (i == raw.Length) return raw; // the common case: nothing to do, no allocation
        var sb = new StringBuilder(raw.Length + 8).Append(raw, 0, i);
        for (; i < raw.Length; i++)
        {
            var c = raw[i];
            if (MustEscape(c)) sb.Append(Escape).Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The text a key was encoded from. A '~' not followed by two hex digits is kept as is, so keys
    /// written without <see cref="Encode"/> decode to themselves unless they contain such sequences.
    /// </summary>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var first = key.IndexOf(Escape);
        if (first < 0) return key;
        var sb = new StringBuilder(key.Length).Append(key, 0, first);
        for (var i = first; i < key.Length; i++)
        {
            if (key[i] == Escape && i + 2 < key.Length && IsHex(key[i + 1]) && IsHex(key[i + 2]))
            {
                sb.Append((char)Convert.ToInt32(key.Substring(i + 1, 2), 16));
                i += 2;
            }
            else sb.Append(key[i]);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="key"/> is acceptable to the Table service as it is.</summary>
    public static bool IsValid(string key)
    {
        foreach (var c in key)
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c)) return false;
        return true;
    }

    private static bool MustEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' or Escape || char.IsControl(c);

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
