namespace LegCheck.Handoff.Summary;

/// <summary>
/// The one-page clinician summary as plain text parts, made once from a <see cref="HandoffInput"/> and drawn by
/// both the PDF and the browser's print view, so the two never say different things.
/// Citations are numbers into <see cref="Sources"/>.
/// </summary>
public sealed record ClinicianSummary
{
    public required string Person { get; init; }

    /// <summary>When the summary was made, in the runner's time zone, with the zone named.</summary>
    public required string When { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>How the answers were collected: a case file read at once, or an interview of N questions.</summary>
    public required string Method { get; init; }

    public string? Complaint { get; init; }

    public required TriageSummary Triage { get; init; }

    public required AlarmSummary Alarms { get; init; }

    public required IReadOnlyList<CauseLine> Causes { get; init; }

    /// <summary>The causes that get a row of their own: all but those only being checked for at a faint probability.</summary>
    public IReadOnlyList<CauseLine> RankedRows => [.. Causes.Where((c, i) => i == 0 || !c.OnlyCheckedFor)];

    /// <summary>
    /// Causes listed only because an alarm rule is checking for them, under <see cref="CauseLine.Faint"/>: one line
    /// names them, since the alarm section already shows the answers behind those rules and a row each would push a
    /// summary with several of them onto a second printed page.
    /// </summary>
    public const string AlsoCheckedForLabel = "Also being checked for: ";

    public IReadOnlyList<CauseLine> AlsoCheckedFor => [.. Causes.Skip(1).Where(c => c.OnlyCheckedFor)];

    public required IReadOnlyList<string> Positives { get; init; }

    /// <summary>Every "no" the runner gave (alarm signs are listed with the alarm signs).</summary>
    public required IReadOnlyList<string> PertinentNegatives { get; init; }

    /// <summary>For a case file: facts not mentioned, read as no, that moved a listed cause.</summary>
    public required IReadOnlyList<string> NotMentioned { get; init; }

    /// <summary>What was not asked or not known, with a one-line note on how missing answers were read.</summary>
    public required IReadOnlyList<string> NotAsked { get; init; }

    public required string NotAskedNote { get; init; }

    /// <summary>Training context lines from the run diary; empty when there is none.</summary>
    public required IReadOnlyList<string> Training { get; init; }

    public required string Disclaimer { get; init; }

    /// <summary>Every document cited above, numbered from 1 in order of first citation.</summary>
    public required IReadOnlyList<SourceLine> Sources { get; init; }

    /// <summary>The case id, or a fixed word for an interview; it never identifies the person.</summary>
    public required string Reference { get; init; }
}

/// <summary>A cited document in words, and where to find it when it has a DOI or web address.</summary>
public sealed record SourceLine(string Text, string? Link);

/// <summary>The urgency in plain words and the engine's id, and each reason with its basis and citations.</summary>
public sealed record TriageSummary(string LevelId, string Words, IReadOnlyList<TriageReason> Reasons);

/// <summary>
/// One reason for the urgency: the sentence, what it rests on (a rule or a condition), source numbers, and the
/// rule's id when a rule gave it. The first reason is the engine's own.
/// </summary>
public sealed record TriageReason(string Text, string Basis, IReadOnlyList<int> Sources, string? RuleId = null);

/// <summary>Alarm signs present, the rules that fired (with what they fired on), and the alarm signs denied or not asked.</summary>
public sealed record AlarmSummary(
    IReadOnlyList<string> Present,
    IReadOnlyList<FiredRuleLine> Fired,
    IReadOnlyList<string> Denied,
    IReadOnlyList<string> NotMentioned,
    IReadOnlyList<string> NotAsked);

public sealed record FiredRuleLine(string RuleId, string LevelId, bool RedFlag, string Message, IReadOnlyList<string> Facts, IReadOnlyList<int> Sources);

/// <summary>A ranked cause: name, probability in words, band, and the answers that moved it most.</summary>
public sealed record CauseLine(string Id, string Name, double Probability, string Percent, string Band, IReadOnlyList<string> For, IReadOnlyList<string> Against)
{
    /// <summary>Below this a cause being checked for is there for its danger, not for its likelihood.</summary>
    public const double Faint = 0.05;

    public bool OnlyCheckedFor => Band == "needs checking" && Probability < Faint;
}
