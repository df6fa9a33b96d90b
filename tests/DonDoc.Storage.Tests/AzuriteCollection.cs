using DonDoc.Testing;

namespace DonDoc.Storage.Tests;

/// <summary>One Azurite for every integration test class of this assembly; tests use unique names.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";

    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..20];
}
