using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Handoff.Training;

namespace LegCheck.Handoff;

/// <summary>
/// Everything a handoff is made from: the runner's answers as given, the engine's result, and what is known
/// about how the answers were collected. Immutable; the PDF, the print view and the FHIR bundle all read it.
/// </summary>
public sealed record HandoffInput
{
    /// <summary>The case id, or a fixed word for an interview; it never identifies the person.</summary>
    public required string CaseId { get; init; }

    /// <summary>The answers as the runner gave them, before implications or the closed world are applied.</summary>
    public required Evidence Answers { get; init; }

    public required Assessment Assessment { get; init; }

    /// <summary>
    /// True for a case file, whose unmentioned yes/no facts the engine reads as "no"; false for an interview,
    /// where a question not asked stays unknown.
    /// </summary>
    public bool ClosedWorld { get; init; }

    /// <summary>The presenting complaint in the runner's own words, if given.</summary>
    public string? Complaint { get; init; }

    /// <summary>
    /// How many questions the interview asked; null when every answer was given at once (a case file), or
    /// when the count is to be read from the answers (a question counts once all its facts are answered).
    /// </summary>
    public int? QuestionsAsked { get; init; }

    /// <summary>Training context from the run diary, or null when there is no diary or it was not used.</summary>
    public TrainingContext? Training { get; init; }
}
