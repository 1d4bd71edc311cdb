using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LegCheck.Web;

/// <summary>
/// Checks the addresses the server actually listens on, once it listens, whatever configured them: <c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, <c>Kestrel:Endpoints</c> in any configuration source, or code. Any address other than
/// loopback stops the start-up with a <see cref="StartupException"/> naming it.
/// </summary>
internal sealed class LoopbackBindingCheck(IServer server) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var outside = LoopbackGuard.FirstOutside(addresses);
        if (outside is not null)
        {
            throw new StartupException(
                $"the server would listen on {outside}, which is not a loopback address; LegCheck serves this machine only " +
                "(expected http://127.0.0.1:PORT, http://localhost:PORT or http://[::1]:PORT, from --urls, ASPNETCORE_URLS or Kestrel:Endpoints)");
        }

        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
