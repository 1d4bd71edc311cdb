using LegCheck.Cli.Output;
using LegCheck.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LegCheck.Cli;

/// <summary>Hosts <see cref="WebApp"/> for <c>legcheck web</c>, with its one-line start-up errors.</summary>
internal static class WebServer
{
    public static async Task<int> RunAsync(CliContext ctx, string? urls, string? db, CancellationToken cancellationToken)
    {
        try
        {
            // The diary the pages show is the one the other commands use: the same --db, else LEGCHECK_DB, else the default.
            string[] args = [.. urls is null ? [] : new[] { "--urls", urls }, .. db is null ? [] : new[] { "--db", db }];
            await using var app = WebApp.Create(args);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            CliOutput.Line(ctx, $"LegCheck is running at {string.Join(", ", addresses)} (this machine only; Ctrl-C stops it)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: stop cleanly below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (StartupException e)
        {
            CliOutput.Error(ctx, $"web: {e.Message}", json: false);
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            CliOutput.Error(ctx, $"web: could not start the server: {e.Message}", json: false);
            return ExitCodes.Failure;
        }
    }
}
