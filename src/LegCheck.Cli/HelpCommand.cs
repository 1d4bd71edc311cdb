using System.CommandLine;

namespace LegCheck.Cli;

/// <summary><c>legcheck help [command...]</c>: the same text as <c>legcheck [command...] --help</c>, as in git and dotnet.</summary>
internal static class HelpCommand
{
    public static Command Create(CliContext ctx, RootCommand root)
    {
        var names = new Argument<string[]>("command") { Description = "The command to describe, e.g. assess, or shoes add", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("help", "Show help for LegCheck or one of its commands");
        command.Arguments.Add(names);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(names) ?? [];
            Command target = root;
            foreach (var name in path)
            {
                target = target.Subcommands.FirstOrDefault(c => c.Name == name || c.Aliases.Contains(name))
                    ?? throw new UsageException($"help: no command '{string.Join(' ', path)}' (see: legcheck help)");
            }

            return root.Parse([.. path, "--help"]).Invoke(parse.InvocationConfiguration);
        });
        return command;
    }
}
