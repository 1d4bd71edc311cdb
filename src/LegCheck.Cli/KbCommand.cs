using System.CommandLine;
using LegCheck.Cli.Output;
using LegCheck.Core.FreeText;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using Spectre.Console;

namespace LegCheck.Cli;

/// <summary><c>legcheck kb check [--dir DIR] [--json]</c>: validates the knowledge base and prints its counts.</summary>
internal static class KbCommand
{
    public static Command Create(CliContext ctx)
    {
        var dir = new Option<string?>("--dir") { Description = "Check YAML files in this folder instead of the embedded knowledge base" };
        var json = new Option<bool>("--json") { Description = "Print the counts as one JSON object" };
        var check = new Command("check", "Validate the knowledge base and print counts");
        check.Options.Add(dir);
        check.Options.Add(json);
        check.SetAction(parse => Check(ctx, parse.GetValue(dir), parse.GetValue(json)));
        var kb = new Command("kb", "Knowledge base tools");
        kb.Subcommands.Add(check);
        return kb;
    }

    public static int Check(CliContext ctx, string? dir, bool json = false)
    {
        try
        {
            if (dir is not null && !Directory.Exists(dir))
            {
                throw new UsageException($"--dir: no such folder {dir}");
            }

            var files = dir is null
                ? KnowledgeLoader.ReadEmbedded()
                : KnowledgeLoader.FileNames.Where(f => File.Exists(Path.Combine(dir, f)))
                    .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(dir, f)), StringComparer.Ordinal);
            var kb = KnowledgeLoader.Load(files);

            // phrases.yaml is part of the knowledge base too: the free-text start of the interview reads it.
            var phrasesPath = dir is null ? null : Path.Combine(dir, PhraseLexicon.FileName);
            var phrases = phrasesPath is null ? PhraseLexicon.ReadEmbedded()
                : File.Exists(phrasesPath) ? File.ReadAllText(phrasesPath)
                : throw new KnowledgeException(PhraseLexicon.FileName, 0, "file is missing");
            var lexicon = PhraseLexicon.Load(phrases, kb);
            var counts = Counts(kb);
            counts.Add(("phrases", lexicon.PhraseCount));
            if (json)
            {
                var named = counts.ToDictionary(c => c.Name.Replace(' ', '_'), c => c.Count, StringComparer.Ordinal);
                CliOutput.Line(ctx, System.Text.Json.JsonSerializer.Serialize(new KbCheckJson(true, named), CliJsonContext.Compact.KbCheckJson));
                return ExitCodes.Success;
            }

            ctx.Console.MarkupLine("[green]knowledge base OK[/]");
            CliOutput.Line(ctx, string.Join(", ", counts.Select(c => $"{c.Name} {c.Count}")));
            return ExitCodes.Success;
        }
        catch (KnowledgeException e)
        {
            foreach (var error in e.Errors)
            {
                CliOutput.Error(ctx, error.ToString(), json);
            }

            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliOutput.Error(ctx, $"--dir: cannot read {dir} ({e.Message})", json);
            return ExitCodes.Failure;
        }
    }

    private static List<(string Name, int Count)> Counts(KnowledgeBase kb) =>
    [
        ("sources", kb.Sources.Count),
        ("facts", kb.Facts.Count),
        ("conditions", kb.Conditions.Count),
        ("advice", kb.Advice.Count),
        ("triage rules", kb.TriageRules.Count),
        ("tailoring rules", kb.Tailoring.Count),
        ("questions", kb.Questions.Count),
        ("condition claims", kb.Conditions.Sum(c => 1 + c.Feels.Count + c.Causes.Count)),
        ("likelihoods", kb.Conditions.Sum(c => c.Likelihoods.Count)),
    ];
}
