using System.Globalization;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Handoff.Training;

namespace LegCheck.Handoff.Summary;

/// <summary>
/// Makes the <see cref="ClinicianSummary"/>: what a clinician reads first (urgency and why), then the alarm signs,
/// the ranked causes, the findings split into positives, pertinent negatives and what was not asked, and the
/// training context. Pure: the clock is injected, nothing is read or written.
/// </summary>
public static class SummaryBuilder
{
    public const string NotADiagnosis =
        "Not a diagnosis: LegCheck ranks possible causes from the runner's own answers and has not examined the runner. " +
        "The clinician's assessment decides.";

    public static ClinicianSummary Build(KnowledgeBase kb, HandoffInput input, TimeProvider time)
    {
        var now = time.GetLocalNow();
        var sources = new SourceIndex(kb);
        var assessment = input.Assessment;
        var evidence = Prepared(kb, input);
        var triage = Triage(assessment, sources);
        var alarms = Alarms(kb, input, evidence, assessment, sources);
        var causes = Causes(kb, input, evidence, assessment);
        var notAsked = NotAsked(kb, input);
        return new ClinicianSummary
        {
            Person = Person(input.Answers),
            When = When(now, time.LocalTimeZone),
            At = now,
            Method = Method(kb, input),
            Complaint = string.IsNullOrWhiteSpace(input.Complaint) ? null : input.Complaint.Trim(),
            Triage = triage,
            Alarms = alarms,
            Causes = causes,
            Positives = Positives(kb, input, evidence),
            PertinentNegatives = Negatives(kb, evidence, assessment, causes, f => input.Answers.Has(f)),
            NotMentioned = Negatives(kb, evidence, assessment, causes, f => !input.Answers.Has(f)),
            NotAsked = notAsked,
            NotAskedNote = input.ClosedWorld
                ? "Case file: every answer given at once; yes/no facts not mentioned are read as no."
                : "Interview: questions not asked stay unknown and count neither for nor against a cause.",
            Training = TrainingLines(input.Training),
            Disclaimer = NotADiagnosis,
            Sources = sources.Entries(),
            Reference = input.CaseId,
        };
    }

    /// <summary>The answers as the engine read them: implications added and, for a case file, the closed world.</summary>
    private static Evidence Prepared(KnowledgeBase kb, HandoffInput input)
    {
        var evidence = input.Answers.WithImplications(kb);
        return input.ClosedWorld ? evidence.CloseWorld(kb) : evidence;
    }

    private static string Person(Evidence answers)
    {
        var age = answers["age"] is { Kind: FactValueKind.Number } a ? $"{FactWords.Number(a.Number)}-year-old" : "age not given,";
        var sex = answers["sex"] is { Kind: FactValueKind.Choice, Choices: [var s] } ? s : "sex not given";
        return $"{age} {sex}";
    }

    public static string When(DateTimeOffset at, TimeZoneInfo zone) =>
        at.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) +
        $" {zone.Id} (UTC{at.ToString("zzz", CultureInfo.InvariantCulture)})";

    private static string Method(KnowledgeBase kb, HandoffInput input)
    {
        if (input.ClosedWorld && input.QuestionsAsked is null)
        {
            return "answers from a case file, given at once";
        }

        var asked = input.QuestionsAsked ?? kb.Questions.Count(q => q.SetsFacts.All(input.Answers.Has));
        return string.Create(CultureInfo.InvariantCulture, $"interview, {asked} of {kb.Questions.Count} questions answered");
    }

    /// <summary>
    /// The engine's own reason first (the most specific rule at the level, or the condition that set it), then
    /// any other rule that fired at the same level.
    /// </summary>
    private static TriageSummary Triage(Assessment a, SourceIndex sources)
    {
        var level = a.Triage.Level;
        var main = a.Triage.Reason;
        var reasons = new List<TriageReason>();
        if (main.Text.Length > 0)
        {
            var basis = main.Rule is { } rule
                ? "rule " + rule.Id + (main.Condition is { } suspect ? ", suspecting " + suspect.Id : "")
                : main.Condition is { } condition ? "condition " + condition.Id : "engine";
            reasons.Add(new TriageReason(main.Text, basis, sources.Cite(main.Sources), main.Rule?.Id));
        }

        foreach (var fired in a.AlsoFired)
        {
            reasons.Add(new TriageReason(fired.Rule.Message, "rule " + fired.Rule.Id, sources.Cite(fired.Rule.Sources), fired.Rule.Id));
        }

        return new TriageSummary(level.ToId(), a.Heading, reasons);
    }

    private static AlarmSummary Alarms(KnowledgeBase kb, HandoffInput input, Evidence evidence, Assessment a, SourceIndex sources)
    {
        var redFlags = kb.Facts.Values.Where(f => f.RedFlag).ToList();
        var present = redFlags.Where(f => evidence.IsYes(f.Id)).Select(f => FactWords.Term(f.Id)).ToList();
        var denied = redFlags.Where(f => input.Answers[f.Id].Kind == FactValueKind.No).Select(f => FactWords.Term(f.Id)).ToList();
        var notMentioned = input.ClosedWorld
            ? redFlags.Where(f => !input.Answers.Has(f.Id) && evidence[f.Id].Kind == FactValueKind.No).Select(f => FactWords.Term(f.Id)).ToList()
            : [];
        var notAsked = input.ClosedWorld
            ? redFlags.Where(f => input.Answers.Has(f.Id) && !input.Answers[f.Id].IsKnown).Select(f => FactWords.Term(f.Id)).ToList()
            : redFlags.Where(f => !evidence[f.Id].IsKnown).Select(f => FactWords.Term(f.Id)).ToList();
        var fired = a.Triage.Fired
            .OrderByDescending(f => f.Rule.Level)
            .Select(f => new FiredRuleLine(
                f.Rule.Id,
                f.Rule.Level.ToId(),
                f.Rule.IsRedFlag,
                f.Rule.Message,
                f.Facts.Select(FactWords.Term).ToList(),
                sources.Cite(f.Rule.Sources)))
            .ToList();
        return new AlarmSummary(present, fired, denied, notMentioned, notAsked);
    }

    private static List<CauseLine> Causes(KnowledgeBase kb, HandoffInput input, Evidence evidence, Assessment a) => a.ListedCauses
        .Select(c => new CauseLine(
            c.Condition.Id,
            c.Condition.Name,
            c.Probability,
            Assessment.PercentOf(c.Probability),
            a.BandOf(c),
            c.Raised.Take(3).Select(r => Moved(kb, input, evidence, r)).ToList(),
            c.Lowered.Take(2).Select(r => Moved(kb, input, evidence, r)).ToList()))
        .ToList();

    /// <summary>An answer that moved a cause, as the runner gave it; a closed-world "no" is marked as not mentioned.</summary>
    private static string Moved(KnowledgeBase kb, HandoffInput input, Evidence evidence, Contribution c)
    {
        if (!kb.Facts.TryGetValue(c.FactId, out var fact))
        {
            return c.Label;
        }

        var value = evidence[c.FactId];
        if (fact.Type == FactType.MultiChoice && c.Value is { } choice)
        {
            return value.Choices.Contains(choice, StringComparer.Ordinal)
                ? $"{FactWords.Term(fact.Id)}: {FactWords.Term(choice)}"
                : $"{FactWords.Term(fact.Id)}: not {FactWords.Term(choice)}";
        }

        var text = FactWords.Describe(kb, c.FactId, value);
        return input.ClosedWorld && !input.Answers.Has(c.FactId) ? text + " (not mentioned)" : text;
    }

    private static List<string> Positives(KnowledgeBase kb, HandoffInput input, Evidence evidence) => kb.Facts.Values
        .Where(f => f.Id is not ("age" or "sex"))
        .Select(f => (f, v: evidence[f.Id]))
        .Where(x => x.v.Kind is FactValueKind.Yes or FactValueKind.Number || (x.v.Kind == FactValueKind.Choice && x.v.Choices.Count > 0))
        .Where(x => !x.f.RedFlag)
        .Select(x => FactWords.Describe(kb, x.f.Id, x.v) + (input.Answers.Has(x.f.Id) ? "" : " (implied)"))
        .ToList();

    /// <summary>
    /// The yes/no facts read as "no" that pass <paramref name="keep"/>: those the runner gave count always, those
    /// the closed world supplied only when they moved a listed cause. Alarm signs are listed with the alarm signs.
    /// </summary>
    private static List<string> Negatives(KnowledgeBase kb, Evidence evidence, Assessment a, IReadOnlyList<CauseLine> listed, Func<string, bool> keep)
    {
        var ids = listed.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var moving = a.Conditions.Where(c => ids.Contains(c.Condition.Id))
            .SelectMany(c => c.Raised.Concat(c.Lowered))
            .Select(c => c.FactId)
            .ToHashSet(StringComparer.Ordinal);
        return kb.Facts.Values
            .Where(f => !f.RedFlag && f.Type == FactType.Bool && evidence[f.Id].Kind == FactValueKind.No && keep(f.Id))
            .Where(f => evidence.Has(f.Id) || moving.Contains(f.Id))
            .Select(f => FactWords.Term(f.Id))
            .ToList();
    }

    /// <summary>
    /// For an interview, the questions never answered (by topic); for a case file, the numbers and choices it
    /// leaves out. Either way, answers given as "don't know" are listed as unsure.
    /// </summary>
    private static List<string> NotAsked(KnowledgeBase kb, HandoffInput input)
    {
        var answers = input.Answers;
        var unsure = answers.Values.Where(kv => !kv.Value.IsKnown && kb.Facts.TryGetValue(kv.Key, out var f) && !f.RedFlag)
            .Select(kv => "unsure: " + FactWords.Term(kv.Key));
        var missing = input.ClosedWorld
            ? kb.Facts.Values.Where(f => f.Type != FactType.Bool && !answers.Has(f.Id)).Select(f => FactWords.Term(f.Id))
            : kb.Questions.Where(q => !q.SetsFacts.Any(answers.Has)).Select(FactWords.Topic);
        return missing.Concat(unsure).ToList();
    }

    private static List<string> TrainingLines(TrainingContext? training)
    {
        if (training is null)
        {
            return [];
        }

        var lines = new List<string>
        {
            "Weekly load: " + string.Join("; ", training.Weeks.Select(w => string.Create(
                CultureInfo.InvariantCulture,
                $"week of {w.WeekStart:d MMM} {w.DistanceKm:0.0} km ({w.Runs} run{(w.Runs == 1 ? "" : "s")})"))),
        };
        lines.Add(training.Spikes.Count == 0
            ? "Single-run spike: none in the last 30 days."
            : "Single-run spike: " + string.Join("; ", training.Spikes));
        lines.AddRange(training.LoadFlags.Select(f => "Load: " + f));
        if (training.Shoe is { } shoe)
        {
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Shoes: {shoe.Name}, {shoe.DistanceKm:0} km since {shoe.FirstUsed:d MMM yyyy}."));
        }

        return lines;
    }
}
