using LegCheck.Cli;
using Spectre.Console;

// Ctrl-C must leave the terminal usable: prompts hide the cursor while they run.
Console.CancelKeyPress += (_, _) =>
{
    AnsiConsole.Cursor.Show();
    Console.Out.WriteLine();
    Console.Out.WriteLine("Stopped. Nothing from this interview was saved.");
};

return await LegCheckApp.RunAsync(args, CliContext.FromEnvironment(AnsiConsole.Console)).ConfigureAwait(false);
