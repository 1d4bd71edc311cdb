using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;
using LegCheck.Core.Loading;

namespace LegCheck.Core.Tests.Knowledge;

/// <summary>
/// The content hazards of knowledge/HAZARDS.md (H25): a source a reviewer cannot find or date, and text copied
/// from the seed articles instead of paraphrased.
/// </summary>
public partial class KnowledgeContentTests(ITestOutputHelper output)
{
    /// <summary>Eight words in a row is a copied phrase, not a shared term ("deep vein thrombosis", "what to do when").</summary>
    private const int CopiedRun = 8;

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();

    [Fact]
    public void Sources_EveryGuidelineOrStudy_CarriesAYearOrALink()
    {
        var undated = KnowledgeLoader.Default.Sources.Values
            .Where(s => s.Kind != "article" && s.Link is null && !Year().IsMatch(s.Title))
            .Select(s => s.Id)
            .ToList();
        Assert.True(undated.Count == 0, "sources a reviewer cannot date or find: " + string.Join(", ", undated));
    }

    [Fact]
    public void Knowledge_ShownText_CopiesNoSentenceFromTheSeedArticles()
    {
        // ../shared is present for developers and CI; a clone on its own has nothing to compare with.
        var seeds = Path.Combine(TestData.RepoRoot, "..", "shared", "seeds");
        if (!Directory.Exists(seeds))
        {
            output.WriteLine($"no seed articles at {seeds}; nothing to compare");
            return;
        }

        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            runs.UnionWith(Runs(File.ReadAllText(file)));
        }

        Assert.NotEmpty(runs);
        var copied = ShownTexts().Where(t => Runs(t.Text).Any(runs.Contains)).Select(t => $"{t.Where}: \"{t.Text}\"").ToList();
        Assert.True(copied.Count == 0, "text copied from a seed article: " + string.Join("; ", copied));
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + CopiedRun <= words.Length; i++)
        {
            yield return string.Join(' ', words, i, CopiedRun);
        }
    }

    /// <summary>Everything the knowledge base shows a runner, with where it comes from.</summary>
    private static IEnumerable<(string Where, string Text)> ShownTexts()
    {
        var kb = KnowledgeLoader.Default;
        foreach (var c in kb.Conditions)
        {
            yield return ($"condition {c.Id}", c.Summary.Text);
            yield return ($"condition {c.Id}", c.SeeWhom);
            if (c.UrgencyNote is { } note)
            {
                yield return ($"condition {c.Id}", note);
            }

            foreach (var claim in c.Feels.Concat(c.Causes))
            {
                yield return ($"condition {c.Id}", claim.Text);
            }
        }

        foreach (var a in kb.Advice.Values)
        {
            yield return ($"advice {a.Id}", a.Title + ". " + a.Detail);
            yield return ($"advice {a.Id}", (a.UrgentTitle ?? "") + ". " + (a.UrgentDetail ?? ""));
        }

        foreach (var r in kb.TriageRules)
        {
            yield return ($"rule {r.Id}", r.Message);
        }

        foreach (var t in kb.Tailoring)
        {
            yield return ($"tailoring {t.Id}", t.Reason);
        }

        foreach (var q in kb.Questions)
        {
            yield return ($"question {q.Id}", q.Text + ". " + q.Why);
        }
    }
}
