using LegCheck.Cli;

var ctx = CliContext.FromEnvironment();

// Ctrl-C must leave the terminal usable: prompts hide the cursor while they run.
Console.CancelKeyPress += (_, _) => ctx.Console.Cursor.Show(true);

return await LegCheckApp.RunAsync(args, ctx).ConfigureAwait(false);
