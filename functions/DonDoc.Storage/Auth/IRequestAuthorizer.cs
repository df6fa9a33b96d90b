namespace DonDoc.Storage;

/// <summary>Adds the Authorization header to one attempt of a request (SharedKey signature or bearer token).</summary>
internal interface IRequestAuthorizer
{
    /// <param name="message">The attempt's message, with x-ms-date and x-ms-version already set.</param>
    /// <param name="request">What the message was built from: signed header values are read from it.</param>
    /// <param name="date">The x-ms-date value of this attempt.</param>
    /// <param name="ct">Cancels a token fetch.</param>
    ValueTask AuthorizeAsync(HttpRequestMessage message, StorageRequest request, string date, CancellationToken ct);
}
