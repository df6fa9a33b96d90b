using Xunit;

namespace DonDoc.Testing;

/// <summary>
/// An xunit class or collection fixture holding one in-memory Azurite (see <see cref="AzuriteProcess"/>)
/// for the tests that share it. Use unique container, queue and table names per test.
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    private readonly bool _persistent;
    private AzuriteProcess? _azurite;

    /// <summary>An in-memory Azurite.</summary>
    public AzuriteFixture() : this(persistent: false)
    {
    }

    /// <summary>An Azurite that keeps its data on disk when <paramref name="persistent"/>.</summary>
    protected AzuriteFixture(bool persistent) => _persistent = persistent;

    /// <summary>The running instance.</summary>
    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("The Azurite fixture has not been initialized.");

    /// <summary>The connection string of this instance; stays valid across <see cref="Stop"/>/<see cref="StartAgain"/>.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>Stops Azurite (gracefully: persistent data is saved); see <see cref="AzuriteProcess.Stop"/>.</summary>
    public void Stop() => Azurite.Stop();

    /// <summary>Kills Azurite at once, as a crash would; see <see cref="AzuriteProcess.Kill"/>.</summary>
    public void Kill() => Azurite.Kill();

    /// <summary>Starts Azurite again on the same ports (same data when persistent); blocks until it answers.</summary>
    public void StartAgain() => Azurite.StartAgainAsync().GetAwaiter().GetResult();

    /// <summary>Starts Azurite again on the same ports (same data when persistent).</summary>
    public Task StartAgainAsync(CancellationToken ct = default) => Azurite.StartAgainAsync(ct);

    /// <inheritdoc />
    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(_persistent).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync().ConfigureAwait(false);
    }
}
