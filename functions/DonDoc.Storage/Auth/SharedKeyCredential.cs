using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace DonDoc.Storage;

/// <summary>An account name and its key, decoded once; computes SharedKey signatures. Thread-safe.</summary>
internal sealed class SharedKeyCredential
{
    private readonly byte[] _key;

    // One keyed HMAC per thread, reset after each signature: the key schedule is computed once instead of
    // on every request (HMACSHA256.HashData sets up a new context each call).
    private readonly ThreadLocal<IncrementalHash> _hmac;

    public SharedKeyCredential(string accountName, string base64Key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The account key of '{accountName}' is not base64.", nameof(base64Key), e);
        }
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key));
    }

    public string AccountName { get; }

    /// <summary>Base64 of HMAC-SHA256(key, UTF-8(stringToSign)).</summary>
    public string Sign(string stringToSign)
    {
        var max = Encoding.UTF8.GetMaxByteCount(stringToSign.Length);
        var rented = max <= 1024 ? null : ArrayPool<byte>.Shared.Rent(max);
        Span<byte> buffer = rented ?? stackalloc byte[1024];
        try
        {
            var length = Encoding.UTF8.GetBytes(stringToSign, buffer);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var hmac = _hmac.Value!;
            hmac.AppendData(buffer[..length]);
            hmac.GetHashAndReset(hash);
            return Convert.ToBase64String(hash);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
