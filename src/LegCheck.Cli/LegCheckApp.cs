using System.CommandLine;
using System.CommandLine.Invocation;
using LegCheck.Cli.Output;

namespace LegCheck.Cli;

/// <summary>Builds the command tree. Each feature contributes one <c>Create(CliContext)</c> factory.</summary>
internal static class LegCheckApp
{
    public static RootCommand BuildRoot(CliContext ctx)
    {
        var root = new RootCommand("LegCheck: calf cramps, foot cramps and numb feet in runners. Not a diagnosis.");

        // One --db for every diary command, accepted before or after the sub-command (legcheck --db F runs list).
        root.Options.Add(Diary.DiaryCli.DbOption());
        root.Options.Add(RegionOption.Create());
        foreach (var command in Commands(ctx))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(HelpCommand.Create(ctx, root));
        return root;
    }

    private static IEnumerable<Command> Commands(CliContext ctx)
    {
        yield return Assess.AssessCommand.Create(ctx);
        yield return Assess.EvalCommand.Create(ctx);
        yield return KbCommand.Create(ctx);
        yield return Interview.InterviewCommand.Create(ctx);
        yield return Diary.ImportCommand.Create(ctx);
        yield return Diary.LogCommand.Create(ctx);
        yield return Diary.EpisodesCommand.Create(ctx);
        yield return Diary.ShoesCommand.Create(ctx);
        yield return Diary.RunsCommand.Create(ctx);
        yield return Diary.ExperimentsCommand.Create(ctx);
        yield return Diary.TrainingCommand.Create(ctx);
        yield return Diary.TriggersCommand.Create(ctx);
        yield return Diary.ExportCommand.Create(ctx);
        yield return Diary.ImportBackupCommand.Create(ctx);
        yield return Diary.ForgetCommand.Create(ctx);
        yield return Diary.SettingsCommand.Create(ctx);
        yield return WebCommand.Create(ctx);
    }

    public static async Task<int> RunAsync(string[] args, CliContext ctx)
    {
        var root = BuildRoot(ctx);

        // With no arguments LegCheck starts the interview, the thing most runners came for.
        root.SetAction(parse => Interview.InterviewCommand.RunTerminal(ctx, Interview.InterviewCommand.FromDiary(ctx, parse)));
        var parse = root.Parse(args);
        var json = args.Contains("--json", StringComparer.Ordinal);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                CliOutput.Error(ctx, error.Message, json);
            }

            if (!json)
            {
                ctx.Error.Profile.Out.Writer.WriteLine($"See: legcheck help {string.Join(' ', CommandPath(parse))}".TrimEnd());
            }

            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration
        {
            Output = new ConsoleWriter(ctx.Console),
            Error = new ConsoleWriter(ctx.Error),

            // Failures are reported in one line below, never as a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            CliOutput.Error(ctx, e.Message, json);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            CliOutput.Error(ctx, "interrupted; everything finished before the interruption is kept.", json);
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CliOutput.Error(ctx, $"unexpected failure: {e.Message} ({e.GetType().Name})", json);
            return ExitCodes.Failure;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
