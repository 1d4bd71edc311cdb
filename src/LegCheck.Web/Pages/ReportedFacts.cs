using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using LegCheck.Web.Api;

namespace LegCheck.Web.Pages;

/// <summary>Plain-words lines for what a runner reported, in knowledge-base order, for the result page and its printout.</summary>
internal static class ReportedFacts
{
    public static IEnumerable<string> Describe(KnowledgeBase kb, Evidence evidence)
    {
        foreach (var fact in kb.Facts.Values)
        {
            var value = evidence[fact.Id];
            var line = value.Kind switch
            {
                FactValueKind.Yes => Capitalise(fact.Label),
                FactValueKind.Number => $"{Capitalise(fact.Label)}: {value}{(fact.Unit is null ? "" : " " + fact.Unit)}",
                FactValueKind.Choice when value.Choices.Count > 0 => $"{Capitalise(fact.Label)}: {string.Join(", ", value.Choices.Select(c => Choice(fact.Id, c)))}",
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    private static string Choice(string factId, string value) =>
        factId == "location" ? LocationLabels.For(value).ToLowerInvariant() : value.Replace('_', ' ');

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
