using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.FreeText;

/// <summary>
/// How urgent the facts read from free text are on their own, before any question: the confirm step shows it at once,
/// so that "my calf is swollen and now I have chest pain" is never met with a list to tick and nothing else.
/// </summary>
/// <param name="Level">The triage the read facts give with nothing else known (an open world: unmentioned facts stay unknown).</param>
/// <param name="AlarmFacts">The alarm signs among the read facts, or the facts of the red-flag rules that fired.</param>
public sealed record ParsedUrgency(TriageLevel Level, IReadOnlyList<string> AlarmFacts)
{
    /// <summary>An alarm sign was read: the confirm step leads with the urgency.</summary>
    public bool IsUrgent => AlarmFacts.Count > 0;

    public static ParsedUrgency Of(IReadOnlyList<ParsedFact> parsed, Assessor assessor)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(assessor);
        var kb = assessor.Kb;
        var evidence = PhraseParser.Apply(Evidence.Empty, parsed);
        var triage = assessor.Assess(evidence).Triage;
        var alarms = parsed.Where(p => p.Value.Kind == FactValueKind.Yes && kb.Facts[p.FactId].RedFlag).Select(p => p.FactId)
            .Concat(triage.RedFlagFacts)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ParsedUrgency(triage.Level, alarms);
    }
}
