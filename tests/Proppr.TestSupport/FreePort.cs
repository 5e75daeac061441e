using System.Net;
using System.Net.Sockets;

namespace Proppr.TestSupport;

/// <summary>A loopback TCP port free right now: for processes that must be told their port before they start.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
