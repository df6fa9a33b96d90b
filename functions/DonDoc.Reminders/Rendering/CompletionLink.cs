using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DonDoc.Reminders;

/// <summary>
/// The token behind the "Đã hoàn thành" link: the task id and an expiry, signed with HMAC-SHA256, written
/// base64url as <c>payload.signature</c> so it can sit in a URL as is. Whoever holds the link can complete
/// that task until it expires, so links are short-lived and the key stays server-side.
/// </summary>
public static class CompletionLink
{
    /// <summary>The shortest key accepted: 256 bits, the HMAC-SHA256 block strength.</summary>
    public const int MinKeyBytes = 32;

    // Longer tokens are refused unread: task ids are short, and an attacker should not make us hash megabytes.
    private const int MaxTokenLength = 2048;
    private const string Version = "v1";

    /// <summary>A token that completes <paramref name="taskId"/> until <paramref name="expiresAt"/> (whole seconds).</summary>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinKeyBytes"/>, or the task id is empty or holds a line break.</exception>
    public static string Create(string taskId, DateTimeOffset expiresAt, ReadOnlySpan<byte> key)
    {
        CheckKey(key);
        if (string.IsNullOrEmpty(taskId) || taskId.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A task id is needed, on one line.", nameof(taskId));
        }
        var payload = Encoding.UTF8.GetBytes(
            $"{Version}\n{expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}\n{taskId}");
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    /// <summary>
    /// Checks a token: Invalid unless its signature matches under <paramref name="key"/> (compared in constant
    /// time); then Expired when <paramref name="now"/> is at or past its expiry, else Valid.
    /// </summary>
    public static CompletionLinkCheck Verify(string? token, DateTimeOffset now, ReadOnlySpan<byte> key)
    {
        CheckKey(key);
        var invalid = new CompletionLinkCheck(CompletionLinkStatus.Invalid, null, null);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return invalid;
        }
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot != token.LastIndexOf('.'))
        {
            return invalid;
        }
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return invalid;
        }
        var expected = HMACSHA256.HashData(key, payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return invalid;
        }
        // Authentic from here on: the payload is ours, but read it defensively all the same.
        var parts = Encoding.UTF8.GetString(payload).Split('\n', 3);
        if (parts.Length != 3 || parts[0] != Version || parts[2].Length == 0
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return invalid;
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var status = now >= expiresAt ? CompletionLinkStatus.Expired : CompletionLinkStatus.Valid;
        return new CompletionLinkCheck(status, parts[2], expiresAt);
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The signing key must be at least {MinKeyBytes} bytes.", nameof(key));
        }
    }
}
