namespace DonDoc.Testing;

/// <summary>
/// An Azurite fixture whose data lives in a temporary folder (<c>--location</c>), so that it survives
/// <see cref="AzuriteFixture.Stop"/> and <see cref="AzuriteFixture.StartAgain"/>: for tests that stop
/// storage in the middle of an ingestion.
/// </summary>
public sealed class PersistentAzuriteFixture : AzuriteFixture
{
    /// <summary>A persistent Azurite in a fresh temporary folder.</summary>
    public PersistentAzuriteFixture() : base(persistent: true)
    {
    }
}
