namespace DonDoc.Reminders;

/// <summary>How the app proves who it is to Microsoft Graph.</summary>
public enum GraphCredentialKind
{
    /// <summary>The Function app's managed identity (in Azure); <see cref="GraphConnectionOptions.ClientId"/> picks a user-assigned one.</summary>
    ManagedIdentity,

    /// <summary>An app registration's client secret (outside Azure).</summary>
    ClientSecret,

    /// <summary>An app registration's certificate, PFX or PEM (outside Azure).</summary>
    ClientCertificate,
}

/// <summary>Where Graph is and which credential to use. The app needs application permission Mail.Send, scoped to the sender mailbox.</summary>
public sealed record GraphConnectionOptions
{
    /// <summary>The credential kind. Default <see cref="GraphCredentialKind.ManagedIdentity"/>.</summary>
    public GraphCredentialKind Credential { get; init; } = GraphCredentialKind.ManagedIdentity;

    /// <summary>Entra tenant id; required for secret and certificate.</summary>
    public string? TenantId { get; init; }

    /// <summary>App (client) id; required for secret and certificate, optional for a user-assigned managed identity.</summary>
    public string? ClientId { get; init; }

    /// <summary>The client secret, for <see cref="GraphCredentialKind.ClientSecret"/>; read it from configuration, never from code.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Path to the certificate file, for <see cref="GraphCredentialKind.ClientCertificate"/>.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The PFX password, when the certificate file has one.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>Graph's base URL including the version; a national cloud, or a local fake in tests. Default global v1.0.</summary>
    public string BaseUrl { get; init; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The token scope. Default "https://graph.microsoft.com/.default" (the app's granted permissions).</summary>
    public string Scope { get; init; } = "https://graph.microsoft.com/.default";
}
