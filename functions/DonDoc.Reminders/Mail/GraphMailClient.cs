using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace DonDoc.Reminders;

/// <summary>Builds the <see cref="GraphServiceClient"/> that <see cref="GraphMailer"/> sends with.</summary>
public static class GraphMailClient
{
    /// <summary>The Azure.Identity credential the options describe.</summary>
    /// <exception cref="ArgumentException">A value the chosen kind needs is missing.</exception>
    public static TokenCredential CreateCredential(GraphConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Credential)
        {
            case GraphCredentialKind.ManagedIdentity:
                return options.ClientId is { Length: > 0 } id
                    ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(id))
                    : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
            case GraphCredentialKind.ClientSecret:
                return new ClientSecretCredential(
                    Required(options.TenantId, nameof(options.TenantId)), Required(options.ClientId, nameof(options.ClientId)),
                    Required(options.ClientSecret, nameof(options.ClientSecret)));
            case GraphCredentialKind.ClientCertificate:
                var tenant = Required(options.TenantId, nameof(options.TenantId));
                var client = Required(options.ClientId, nameof(options.ClientId));
                var path = Required(options.CertificatePath, nameof(options.CertificatePath));
                return options.CertificatePassword is null
                    ? new ClientCertificateCredential(tenant, client, path)
                    : new ClientCertificateCredential(tenant, client, X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword));
            default:
                throw new ArgumentException($"Unknown credential kind {options.Credential}.", nameof(options));
        }
    }

    /// <summary>
    /// A Graph client at <see cref="GraphConnectionOptions.BaseUrl"/> authenticated by <paramref name="credential"/>
    /// (by default the one the options describe). Tokens are attached only to requests for that URL's host,
    /// so a token never travels anywhere else. It keeps the SDK's middleware; <see cref="GraphMailer"/>
    /// switches the SDK's retry off per request and retries itself.
    /// </summary>
    public static GraphServiceClient Create(GraphConnectionOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = new Uri(options.BaseUrl, UriKind.Absolute).Host;
        var auth = new AzureIdentityAuthenticationProvider(credential ?? CreateCredential(options), [host], scopes: [options.Scope]);
        return new GraphServiceClient(auth, options.BaseUrl);
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required for this credential kind.", name) : value;
}
