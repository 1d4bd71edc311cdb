using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using LegCheck.Web.Api;

namespace LegCheck.Web.Pages;

/// <summary>Plain-words lines for what a runner reported, for the result page and its printout.</summary>
public static class ReportedFacts
{
    public static IEnumerable<string> Describe(KnowledgeBase kb, Evidence evidence)
    {
        foreach (var (id, value) in evidence.Values.OrderBy(v => Order(kb, v.Key)))
        {
            if (!kb.Facts.TryGetValue(id, out var fact))
            {
                continue;
            }

            var line = value.Kind switch
            {
                FactValueKind.Yes => Capitalise(fact.Label),
                FactValueKind.Number => $"{Capitalise(fact.Label)}: {value}{(fact.Unit is null ? "" : " " + fact.Unit)}",
                FactValueKind.Choice when value.Choices.Count > 0 => $"{Capitalise(fact.Label)}: {string.Join(", ", value.Choices.Select(c => id == "location" ? LocationLabels.For(c).ToLowerInvariant() : c.Replace('_', ' ')))}",
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    private static int Order(KnowledgeBase kb, string id)
    {
        var index = 0;
        foreach (var key in kb.Facts.Keys)
        {
            if (key == id)
            {
                return index;
            }

            index++;
        }

        return index;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
