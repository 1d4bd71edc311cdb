using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.FreeText;
using LegCheck.Core.Model;
using LegCheck.Web.Api;

namespace LegCheck.Web.Pages;

/// <summary>
/// Facts read from free text travel to the confirmation form as <c>fact=value</c> checkbox values; the ones
/// the runner leaves ticked come back and start the interview.
/// </summary>
internal static class ParsedFactsForm
{
    public static string Encode(ParsedFact fact) => $"{fact.FactId}={fact.Value}";

    /// <summary>Plain words for one parsed fact, as the confirmation list shows it.</summary>
    public static string Describe(KnowledgeBase kb, ParsedFact fact)
    {
        var def = kb.Facts[fact.FactId];
        var label = char.ToUpperInvariant(def.Label[0]) + def.Label[1..];
        return fact.Value.Kind switch
        {
            FactValueKind.Yes => label,
            FactValueKind.No => "Not: " + def.Label,
            FactValueKind.Number => $"{label}: {fact.Value}{(def.Unit is null ? "" : " " + def.Unit)}",
            FactValueKind.Choice when fact.FactId == "location" => "Where: " + string.Join(", ", fact.Value.Choices.Select(LocationLabels.For)),
            FactValueKind.Choice => $"{label}: {string.Join(", ", fact.Value.Choices.Select(c => c.Replace('_', ' ')))}",
            _ => "Not sure: " + def.Label,
        };
    }

    /// <summary>Reads the ticked values back, each as a fact of the case format.</summary>
    public static Validated<Evidence> Read(KnowledgeBase kb, IEnumerable<string?> kept)
    {
        var facts = new List<ParsedFact>();
        foreach (var item in kept)
        {
            var parts = (item ?? "").Split('=', 2);
            if (parts.Length != 2 || !kb.Facts.TryGetValue(parts[0], out var def))
            {
                return Validated.Fail<Evidence>("keep", "expected fact=value with a known fact id");
            }

            InputNode node = def.Type is FactType.Choice or FactType.MultiChoice
                ? new InputList(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => (InputNode)new InputScalar(v, ScalarKind.String)).ToList())
                : new InputScalar(parts[1], ScalarKind.String);
            if (!CaseParser.ReadFact(kb, def.Id, node, "keep." + def.Id).TryGet(out var value, out var errors))
            {
                return Validated.Fail<Evidence>(errors);
            }

            facts.Add(new ParsedFact(def.Id, value, "", false));
        }

        return Validated.Ok(PhraseParser.Apply(Evidence.Empty, facts));
    }
}
