using System.Net;
using System.Net.Sockets;

namespace Rapport.Testing;

/// <summary>Ports on 127.0.0.1 for servers started by tests and benchmarks.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now: for a server to start on, or to be refused by.</summary>
    public static int Free()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
