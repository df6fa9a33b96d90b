using System.Net.Http.Headers;
using Azure.Core;
using Azure.Identity;

namespace DonDoc.Ocr.DocumentIntelligence;

/// <summary>
/// Signs requests to Document Intelligence: with the resource key (header Ocp-Apim-Subscription-Key) when
/// one is configured, otherwise with an Entra ID bearer token for https://cognitiveservices.azure.com/.default
/// (DefaultAzureCredential unless another credential is given), cached until five minutes before it expires.
/// </summary>
internal sealed class Authorizer(DocumentIntelligenceOptions options)
{
    private static readonly TokenRequestContext Scope = new(["https://cognitiveservices.azure.com/.default"]);
    private readonly TokenCredential? _credential = options.Key is null ? options.Credential ?? new DefaultAzureCredential() : null;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private AccessToken _token;

    public async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (options.Key is { } key)
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", key);
            return;
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_token.Token is null || _token.ExpiresOn < DateTimeOffset.UtcNow.AddMinutes(5))
            {
                _token = await _credential!.GetTokenAsync(Scope, ct).ConfigureAwait(false);
            }
            return _token.Token;
        }
        catch (AuthenticationFailedException e)
        {
            throw new OcrException(OcrFailure.ServiceError,
                $"không lấy được quyền truy cập Document Intelligence (could not get an Entra ID token for Document Intelligence: {e.Message.Split('\n')[0]})",
                isTransient: true, e);
        }
        finally
        {
            _lock.Release();
        }
    }
}
