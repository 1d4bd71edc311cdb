using System.Globalization;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Handoff.Summary;

/// <summary>
/// Facts in a clinician's short words. The fact ids are already clinical terms (foot drop, saddle numbness,
/// calf warm or red), so they read better on a referral than the runner-facing labels, which explain each one.
/// </summary>
public static class FactWords
{
    public static string Term(string factId) => factId.Replace('_', ' ');

    /// <summary>A fact with its value: "cramp", "location: calf, foot sole", "run minutes: 240 min".</summary>
    public static string Describe(KnowledgeBase kb, string factId, FactValue value)
    {
        var term = Term(factId);
        var unit = kb.Facts.TryGetValue(factId, out var fact) && fact.Unit is { } u ? " " + u : "";
        return value.Kind switch
        {
            FactValueKind.Yes => term,
            FactValueKind.No => "no " + term,
            FactValueKind.Number => $"{term}: {Number(value.Number)}{unit}",
            FactValueKind.Choice when value.Choices.Count == 0 => $"{term}: none",
            FactValueKind.Choice => $"{term}: {string.Join(", ", value.Choices.Select(Term))}",
            _ => $"{term}: unsure",
        };
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The question's topic from its id (q_clot_risk: clot risk), for the list of questions not asked.</summary>
    public static string Topic(Question question) =>
        (question.Id.StartsWith("q_", StringComparison.Ordinal) ? question.Id[2..] : question.Id).Replace('_', ' ');
}
