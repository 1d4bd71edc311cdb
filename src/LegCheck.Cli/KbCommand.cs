using System.CommandLine;
using LegCheck.Core.Loading;
using Spectre.Console;

namespace LegCheck.Cli;

/// <summary><c>legcheck kb check [--dir DIR]</c>: validates the knowledge base and prints its counts.</summary>
public static class KbCommand
{
    public static Command Create(CliContext ctx)
    {
        var dir = new Option<string?>("--dir") { Description = "Check YAML files in this folder instead of the embedded knowledge base" };
        var check = new Command("check", "Validate the knowledge base and print counts");
        check.Options.Add(dir);
        check.SetAction(parse => Check(ctx, parse.GetValue(dir)));
        var kb = new Command("kb", "Knowledge base tools");
        kb.Subcommands.Add(check);
        return kb;
    }

    public static int Check(CliContext ctx, string? dir)
    {
        try
        {
            var files = dir is null
                ? KnowledgeLoader.ReadEmbedded()
                : KnowledgeLoader.FileNames.Where(f => File.Exists(Path.Combine(dir, f)))
                    .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(dir, f)), StringComparer.Ordinal);
            var kb = KnowledgeLoader.Load(files);
            var claims = kb.Conditions.Sum(c => 1 + c.Feels.Count + c.Causes.Count);
            ctx.Console.MarkupLine("[green]knowledge base OK[/]");
            ctx.Console.WriteLine($"sources {kb.Sources.Count}, facts {kb.Facts.Count}, conditions {kb.Conditions.Count}, " +
                $"advice {kb.Advice.Count}, triage rules {kb.TriageRules.Count}, tailoring rules {kb.Tailoring.Count}, " +
                $"questions {kb.Questions.Count}, condition claims {claims}, likelihoods {kb.Conditions.Sum(c => c.Likelihoods.Count)}");
            return 0;
        }
        catch (KnowledgeException e)
        {
            ctx.Console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
