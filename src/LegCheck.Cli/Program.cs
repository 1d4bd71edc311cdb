using LegCheck.Cli;
using Spectre.Console;

return await LegCheckApp.RunAsync(args, CliContext.FromEnvironment(AnsiConsole.Console)).ConfigureAwait(false);
