using System.CommandLine;

namespace LegCheck.Cli;

/// <summary>Builds the command tree. Each feature contributes one <c>Create(CliContext)</c> factory.</summary>
public static class LegCheckApp
{
    public static RootCommand BuildRoot(CliContext ctx)
    {
        var root = new RootCommand("LegCheck: calf cramps, foot cramps and numb feet in runners. Not a diagnosis.");
        foreach (var command in Commands(ctx))
        {
            root.Subcommands.Add(command);
        }

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
    }

    public static async Task<int> RunAsync(string[] args, CliContext ctx)
    {
        var root = BuildRoot(ctx);

        // With no arguments LegCheck starts the interview, the thing most runners came for.
        root.SetAction(_ => Interview.InterviewCommand.RunTerminal(ctx, Interview.InterviewCommand.FromDiary(ctx, null)));
        var parse = root.Parse(args);
        var config = new InvocationConfiguration
        {
            Output = new ConsoleWriter(ctx.Console),
            Error = new ConsoleWriter(ctx.Console),
        };
        return await parse.InvokeAsync(config).ConfigureAwait(false);
    }
}
