using System.CommandLine;

namespace LegCheck.Cli;

/// <summary>
/// <c>legcheck web [--urls URL] [--db FILE]</c>: starts the local web app (browser interview, library, diary, JSON API) from the
/// installed tool. The server code lives in LegCheck.Web; it is loaded only when this command runs, so the
/// other commands start without ASP.NET Core.
/// </summary>
internal static class WebCommand
{
    public static Command Create(CliContext ctx)
    {
        var urls = new Option<string?>("--urls") { Description = "Loopback address to listen on (default http://127.0.0.1:5000; port 0 picks a free one)" };
        var command = new Command("web", "Start the local web app on this machine only (Ctrl-C stops it)");
        command.Options.Add(urls);
        command.SetAction((parse, cancellationToken) => WebServer.RunAsync(ctx, parse.GetValue(urls), Diary.DiaryCli.DbPath(parse), cancellationToken));
        return command;
    }
}
