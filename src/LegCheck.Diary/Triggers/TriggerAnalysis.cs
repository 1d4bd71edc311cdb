using LegCheck.Diary.Model;
using static LegCheck.Diary.InvariantText;

namespace LegCheck.Diary.Triggers;

/// <summary>
/// Looks for each runner's own triggers. For every symptom seen and every factor recorded on runs (shoe, lacing, heat,
/// run length band, electrolytes, time into run, surface), it compares the share of runs with the symptom on runs
/// with the factor against runs without it (runs where the factor is unknown are left out), with Fisher's exact test.
/// A factor with two values is compared value against value; with more, each value against all the others.
/// Every comparison with enough runs, experiments included, is one test of one family, and a difference is claimed
/// only when its Benjamini–Hochberg adjusted p is below alpha, which holds the false discovery rate at alpha.
/// There is no "time into run" factor: splitting runs at the symptom's own median onset compares runs by a threshold
/// drawn from the episodes being explained, which is circular. Pure: works on the diary in memory.
/// </summary>
public static class TriggerAnalysis
{
    public static TriggerReport Analyze(DiarySnapshot diary, TriggerOptions? options = null)
    {
        var o = options ?? TriggerOptions.Default;
        var runs = diary.Runs.Where(r => r.Activity.IsRun).ToList();
        var runIds = runs.Select(r => r.Id).ToHashSet();
        var linked = diary.Episodes.Where(e => e.RunId is { } id && runIds.Contains(id)).ToList();
        var symptomsByRun = linked
            .GroupBy(e => e.RunId!.Value)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Symptoms).ToHashSet(StringComparer.Ordinal));
        var symptoms = linked.SelectMany(e => e.Symptoms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shoeNames = diary.Shoes.ToDictionary(s => s.Id, s => s.Name);

        var candidates = new List<Candidate>();
        foreach (var symptom in symptoms)
        {
            bool Has(RunRecord run) => symptomsByRun.TryGetValue(run.Id, out var set) && set.Contains(symptom);
            foreach (var factor in Factors(shoeNames, o))
            {
                candidates.AddRange(Compare(symptom, factor, runs, Has));
            }
        }

        var withEpisodes = symptomsByRun.Keys.ToHashSet();
        var trials = diary.Experiments.Select(x => (Experiment: x, Arms: ExperimentAnalysis.Arms(x, runs, withEpisodes))).ToList();

        // One family: every comparison that has enough runs to be tested at all.
        var sides = candidates.Select(c => (c.With, c.Without)).Concat(trials.Select(t => (With: t.Arms.After, Without: t.Arms.Before))).ToList();
        var raw = sides.Select(s => Judge.Testable(s.With, s.Without, o) ? Judge.PValue(s.With, s.Without) : (double?)null).ToList();
        Comparison Decide(int i) => Judge.Decide(sides[i].With, sides[i].Without, raw.Where((p, j) => p is not null && j != i).Select(p => p!.Value).ToList(), o);

        var findings = candidates.Select((c, i) => Finding(c, Decide(i), o)).ToList();
        var experiments = trials.Select((t, i) => ExperimentAnalysis.Finding(t.Experiment, Decide(candidates.Count + i), o)).ToList();
        var ordered = findings
            .OrderBy(f => f.Comparison.Verdict)
            .ThenBy(f => f.Comparison.PValue)
            .ThenBy(f => f.Symptom, StringComparer.Ordinal)
            .ThenBy(f => f.Factor, StringComparer.Ordinal)
            .ToList();
        return new TriggerReport(raw.Count(p => p is not null), o.Alpha, runs.Count, diary.Episodes.Count - linked.Count, symptoms, ordered, experiments);
    }

    private static IEnumerable<Candidate> Compare(string symptom, Factor factor, List<RunRecord> runs, Func<RunRecord, bool> has)
    {
        var groups = runs
            .Select(r => (Run: r, Value: factor.ValueOf(r)))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new Arm(g.Count(), g.Count(x => has(x.Run))), StringComparer.OrdinalIgnoreCase);
        if (groups.Count < 2)
        {
            yield break;
        }

        if (factor.IsYesNo)
        {
            yield return new Candidate(symptom, factor.Name, "yes", groups.GetValueOrDefault("yes") ?? new Arm(0, 0), groups.GetValueOrDefault("no") ?? new Arm(0, 0), factor.Label("yes"), factor.Label("no"));
            yield break;
        }

        if (groups.Count == 2)
        {
            var pair = groups.OrderByDescending(g => g.Value.Rate).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            yield return new Candidate(symptom, factor.Name, pair[0].Key, pair[0].Value, pair[1].Value, factor.Label(pair[0].Key), factor.Label(pair[1].Key));
            yield break;
        }

        foreach (var (value, arm) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rest = groups.Where(g => !string.Equals(g.Key, value, StringComparison.OrdinalIgnoreCase)).Select(g => g.Value).ToList();
            var others = new Arm(rest.Sum(a => a.Runs), rest.Sum(a => a.WithSymptom));
            yield return new Candidate(symptom, factor.Name, value, arm, others, factor.Label(value), factor.OthersLabel);
        }
    }

    private static TriggerFinding Finding(Candidate c, Comparison comparison, TriggerOptions o)
    {
        var words = Symptoms.PlainWords(c.Symptom);
        var text = $"{char.ToUpperInvariant(words[0])}{words[1..]} came on in {c.With.WithSymptom} of {c.With.Runs} runs {c.WithLabel} "
            + $"and in {c.Without.WithSymptom} of {c.Without.Runs} runs {c.WithoutLabel}. "
            + Judge.Sentence(comparison, o, c.WithLabel, c.WithoutLabel);
        return new TriggerFinding(c.Symptom, c.Factor, c.Value, comparison, text);
    }

    private static IEnumerable<Factor> Factors(Dictionary<long, string> shoeNames, TriggerOptions o)
    {
        yield return new Factor("shoe", r => r.ShoeId is { } id ? shoeNames.GetValueOrDefault(id) : null, v => $"in {v}", "in other shoes");
        yield return new Factor("lacing", r => Clean(r.Lacing), v => $"with {v} lacing", "with other lacing");
        yield return new Factor(
            "heat",
            r => YesNo(r.IsHot(o.HotCelsius)),
            v => v == "yes" ? Invariant($"in the heat ({o.HotCelsius:0} °C or more, or marked hot)") : "in cooler weather",
            string.Empty,
            IsYesNo: true);
        yield return new Factor("run_length", r => LengthBand(r.Minutes, o), v => $"lasting {v}", "of other lengths");
        yield return new Factor(
            "electrolytes", r => YesNo(r.Electrolytes), v => v == "yes" ? "with electrolytes" : "without electrolytes", string.Empty, IsYesNo: true);

        yield return new Factor("surface", r => Clean(r.Surface), v => $"on {v}", "on other surfaces");
    }

    private static string LengthBand(double minutes, TriggerOptions o) =>
        minutes < o.ShortRunMinutes ? Invariant($"under {o.ShortRunMinutes:0} min")
        : minutes < o.LongRunMinutes ? Invariant($"{o.ShortRunMinutes:0} to {o.LongRunMinutes:0} min")
        : Invariant($"{o.LongRunMinutes:0} min or more");

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };


    /// <summary>One comparison to make: a symptom, a factor's value, its two sides and how to name them.</summary>
    private sealed record Candidate(string Symptom, string Factor, string Value, Arm With, Arm Without, string WithLabel, string WithoutLabel);

    /// <summary>A factor: how to read its value off a run, and how to name a side in a sentence.</summary>
    private sealed record Factor(string Name, Func<RunRecord, string?> ValueOf, Func<string, string> Label, string OthersLabel, bool IsYesNo = false);
}
