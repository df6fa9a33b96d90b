using System.Net;
using System.Net.Sockets;

namespace DonDoc.Testing;

/// <summary>
/// Free loopback TCP ports. Azurite cannot be told to pick its own (port 0 is not reported back), so we
/// ask the OS for ephemeral ports and hand them over; the small race with other processes is covered
/// by <see cref="AzuriteProcess"/> retrying with new ports when a start fails.
/// </summary>
public static class FreePorts
{
    /// <summary><paramref name="count"/> distinct ports that were free a moment ago.</summary>
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            // Hold all of them open together so that the OS does not hand out the same port twice.
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var l in listeners) l.Stop();
        }
    }

    /// <summary>True when something accepts connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> IsListeningAsync(int port, CancellationToken ct = default)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, ct).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
