namespace DonDoc.Storage;

/// <summary>SharedKey for Blob and Queue (full canonicalized headers and resource) or for Table (date and resource).</summary>
internal sealed class SharedKeyAuthorizer(SharedKeyCredential credential, bool table, string serviceVersion) : IRequestAuthorizer
{
    public ValueTask AuthorizeAsync(HttpRequestMessage message, StorageRequest request, string date, CancellationToken ct)
    {
        var stringToSign = table
            ? StringToSign.ForTable(credential.AccountName, request, date)
            : StringToSign.ForBlobOrQueue(credential.AccountName, request, date, serviceVersion);
        message.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {credential.AccountName}:{credential.Sign(stringToSign)}");
        return ValueTask.CompletedTask;
    }
}
