using LegCheck.Diary.Model;
using static LegCheck.Diary.InvariantText;

namespace LegCheck.Diary.Triggers;

/// <summary>
/// Looks for each runner's own triggers. For every symptom seen and every factor recorded on runs (shoe, lacing, heat,
/// run length band, electrolytes, time into run, surface), it compares the share of runs with the symptom on runs
/// with the factor against runs without it (runs where the factor is unknown are left out), with Fisher's exact test.
/// A factor with two values is compared value against value; with more, each value against all the others.
/// "Time into run" asks whether runs lasting past the symptom's usual onset (median minutes into the run) have it more
/// often than shorter runs. Pure: works on the diary in memory.
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

        var findings = new List<TriggerFinding>();
        foreach (var symptom in symptoms)
        {
            bool Has(RunRecord run) => symptomsByRun.TryGetValue(run.Id, out var set) && set.Contains(symptom);
            foreach (var factor in Factors(symptom, linked, shoeNames, o))
            {
                findings.AddRange(Compare(symptom, factor, runs, Has, o));
            }
        }

        var ordered = findings
            .OrderBy(f => f.Comparison.Verdict)
            .ThenBy(f => f.Comparison.PValue)
            .ThenBy(f => f.Symptom, StringComparer.Ordinal)
            .ThenBy(f => f.Factor, StringComparer.Ordinal)
            .ToList();
        var experiments = diary.Experiments
            .Select(x => ExperimentAnalysis.Analyze(x, runs, symptomsByRun.Keys.ToHashSet(), o))
            .ToList();
        return new TriggerReport(runs.Count, diary.Episodes.Count - linked.Count, symptoms, ordered, experiments);
    }

    private static IEnumerable<TriggerFinding> Compare(
        string symptom, Factor factor, List<RunRecord> runs, Func<RunRecord, bool> has, TriggerOptions o)
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
            yield return Finding(symptom, factor, "yes", groups.GetValueOrDefault("yes") ?? new Arm(0, 0), groups.GetValueOrDefault("no") ?? new Arm(0, 0), factor.Label("yes"), factor.Label("no"), o);
            yield break;
        }

        if (groups.Count == 2)
        {
            var pair = groups.OrderByDescending(g => g.Value.Rate).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            yield return Finding(symptom, factor, pair[0].Key, pair[0].Value, pair[1].Value, factor.Label(pair[0].Key), factor.Label(pair[1].Key), o);
            yield break;
        }

        foreach (var (value, arm) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rest = groups.Where(g => !string.Equals(g.Key, value, StringComparison.OrdinalIgnoreCase)).Select(g => g.Value).ToList();
            var others = new Arm(rest.Sum(a => a.Runs), rest.Sum(a => a.WithSymptom));
            yield return Finding(symptom, factor, value, arm, others, factor.Label(value), factor.OthersLabel, o);
        }
    }

    private static TriggerFinding Finding(
        string symptom, Factor factor, string value, Arm with, Arm without, string withLabel, string withoutLabel, TriggerOptions o)
    {
        var comparison = Judge.Compare(with, without, o);
        var words = Symptoms.PlainWords(symptom);
        var text = $"{char.ToUpperInvariant(words[0])}{words[1..]} came on in {with.WithSymptom} of {with.Runs} runs {withLabel} "
            + $"and in {without.WithSymptom} of {without.Runs} runs {withoutLabel}. "
            + Judge.Sentence(comparison, o, withLabel, withoutLabel);
        return new TriggerFinding(symptom, factor.Name, value, comparison, text);
    }

    private static IEnumerable<Factor> Factors(string symptom, List<Episode> linked, Dictionary<long, string> shoeNames, TriggerOptions o)
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

        var onsets = linked
            .Where(e => e.Symptoms.Contains(symptom, StringComparer.Ordinal) && e.MinutesIntoRun is not null)
            .Select(e => e.MinutesIntoRun!.Value)
            .Order()
            .ToList();
        if (onsets.Count >= 2)
        {
            var usual = Math.Round(onsets[onsets.Count / 2]);
            yield return new Factor(
                "time_into_run",
                r => YesNo(r.Minutes >= usual),
                v => v == "yes"
                    ? Invariant($"lasting {usual:0} min or more (its usual onset)")
                    : Invariant($"shorter than {usual:0} min"),
                string.Empty,
                IsYesNo: true);
        }

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


    /// <summary>A factor: how to read its value off a run, and how to name a side in a sentence.</summary>
    private sealed record Factor(string Name, Func<RunRecord, string?> ValueOf, Func<string, string> Label, string OthersLabel, bool IsYesNo = false);
}
