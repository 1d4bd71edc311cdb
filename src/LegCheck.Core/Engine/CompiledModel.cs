using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// The knowledge base turned into arrays of log likelihood ratios, so that scoring a case is a few
/// hundred additions. Each ratio compares P(observation | condition) with P(observation) among
/// runners with leg complaints; a feature a condition does not mention has ratio 1 and carries no evidence.
/// </summary>
public sealed class CompiledModel
{
    private readonly Dictionary<string, int> _binaryIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _categoricalIndex = new(StringComparer.Ordinal);

    // A multiple choice's binary index per value, in the fact's value order, so observing needs no "id:value" keys.
    private readonly Dictionary<string, int[]> _choiceSlots = new(StringComparer.Ordinal);
    private int _choiceSlotCount;

    // [condition][feature]: log LR when the binary feature is yes / no.
    private readonly double[][] _yes;
    private readonly double[][] _no;

    // [condition][categorical fact][value]: log LR of observing that value.
    private readonly double[][][] _categorical;
    private readonly List<FactDef> _categoricalFacts = [];
    private readonly double[] _binaryRates;
    private readonly int _binaryCount;
    private readonly (string Id, int Index)[] _boolFacts;
    private readonly int[] _categoricalOffsets;
    private readonly double[] _rows;

    /// <summary>The log ratios of one observation for every condition, in knowledge-base order.</summary>
    public ReadOnlySpan<double> Row(Observation o)
    {
        var row = o.BinaryIndex >= 0 ? (2 * o.BinaryIndex) + (o.IsYes ? 0 : 1) : _categoricalOffsets[o.CategoricalIndex] + o.ValueIndex;
        return _rows.AsSpan(row * ConditionCount, ConditionCount);
    }

    public CompiledModel(KnowledgeBase kb)
    {
        Kb = kb;
        _redFlagFacts = kb.Facts.Values.Where(f => f.RedFlag).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var binaryRates = new List<double>();
        var unmentioned = new List<double?>();
        IndexFacts(kb, binaryRates, unmentioned);
        _binaryRates = binaryRates.ToArray();
        var n = kb.Conditions.Count;
        _yes = new double[n][];
        _no = new double[n][];
        _categorical = new double[n][][];
        LogPriors = new double[n];
        for (var c = 0; c < n; c++)
        {
            CompileCondition(c, kb.Conditions[c], binaryRates, unmentioned);
        }

        // One row per possible observation, holding its log ratio for every condition side by side,
        // so scoring adds contiguous rows instead of chasing one jagged array per condition.
        _binaryCount = binaryRates.Count;
        _boolFacts = kb.Facts.Values.Where(f => f.Type == FactType.Bool).Select(f => (f.Id, _binaryIndex[f.Id])).ToArray();
        (_categoricalOffsets, var rowCount) = CategoricalRowOffsets();
        _rows = LayOutRows(n, rowCount);
    }

    /// <summary>Numbers the yes/no features (a bool fact, or one value of a multiple choice) and the categorical facts.</summary>
    private void IndexFacts(KnowledgeBase kb, List<double> binaryRates, List<double?> unmentioned)
    {
        foreach (var fact in kb.Facts.Values)
        {
            switch (fact.Type)
            {
                case FactType.Bool:
                    _binaryIndex[fact.Id] = binaryRates.Count;
                    binaryRates.Add(fact.BaseRate);
                    unmentioned.Add(fact.Unmentioned);
                    break;
                case FactType.MultiChoice:
                    var slots = new int[fact.Values.Count];
                    for (var i = 0; i < slots.Length; i++)
                    {
                        var v = fact.Values[i];
                        slots[i] = binaryRates.Count;
                        _binaryIndex[$"{fact.Id}:{v}"] = binaryRates.Count;
                        binaryRates.Add(fact.ValueRates[v]);
                        unmentioned.Add(null);
                    }

                    _choiceSlots[fact.Id] = slots;
                    _choiceSlotCount += slots.Length;
                    break;
                default:
                    _categoricalIndex[fact.Id] = _categoricalFacts.Count;
                    _categoricalFacts.Add(fact);
                    break;
            }
        }
    }

    /// <summary>The prior and the log ratios of condition <paramref name="c"/> for every feature.</summary>
    private void CompileCondition(int c, Condition condition, List<double> binaryRates, List<double?> unmentioned)
    {
        LogPriors[c] = Math.Log(condition.Prior);
        _yes[c] = new double[binaryRates.Count];
        _no[c] = new double[binaryRates.Count];
        foreach (var (key, index) in _binaryIndex)
        {
            double? stated = condition.Likelihoods.TryGetValue(key, out var given) ? given : unmentioned[index];
            if (stated is { } p)
            {
                var q = binaryRates[index];
                _yes[c][index] = Math.Log(p / q);
                _no[c][index] = Math.Log((1 - p) / (1 - q));
            }
        }

        _categorical[c] = _categoricalFacts.Select(f => CategoricalLogRatios(condition, f)).ToArray();
    }

    /// <summary>Where each categorical fact's rows start, after the yes and no rows of the binary features, and the row count.</summary>
    private (int[] Offsets, int RowCount) CategoricalRowOffsets()
    {
        var offsets = new int[_categoricalFacts.Count];
        var rows = 2 * _binaryCount;
        for (var k = 0; k < _categoricalFacts.Count; k++)
        {
            offsets[k] = rows;
            rows += _categorical[0][k].Length;
        }

        return (offsets, rows);
    }

    /// <summary>Copies the per-condition ratios into the observation-major table that <see cref="Row"/> slices.</summary>
    private double[] LayOutRows(int n, int rowCount)
    {
        var table = new double[rowCount * n];
        for (var c = 0; c < n; c++)
        {
            for (var i = 0; i < _binaryCount; i++)
            {
                table[(2 * i * n) + c] = _yes[c][i];
                table[(((2 * i) + 1) * n) + c] = _no[c][i];
            }

            for (var k = 0; k < _categoricalFacts.Count; k++)
            {
                for (var v = 0; v < _categorical[c][k].Length; v++)
                {
                    table[((_categoricalOffsets[k] + v) * n) + c] = _categorical[c][k][v];
                }
            }
        }

        return table;
    }

    public KnowledgeBase Kb { get; }

    private readonly HashSet<string> _redFlagFacts;

    /// <summary>An alarm sign (marked red_flag in facts.yaml); the triage treats its presence specially.</summary>
    public bool IsRedFlagFact(string factId) => _redFlagFacts.Contains(factId);

    public double[] LogPriors { get; }

    public int ConditionCount => LogPriors.Length;

    /// <summary>
    /// For a single choice or a number band, P(value | condition) is what the condition states, and values it
    /// does not state share the rest in proportion to their base rates; the log ratio is against the base rate.
    /// Number bands are stated as ratios rather than probabilities, and are normalised the same way.
    /// </summary>
    private static double[] CategoricalLogRatios(Condition condition, FactDef fact)
    {
        if (fact.Type == FactType.Number)
        {
            var ratios = fact.Bands.Select(b => condition.Likelihoods.GetValueOrDefault($"{fact.Id}:{b.Id}", 1.0)).ToArray();
            var norm = fact.Bands.Select((b, i) => b.BaseRate * ratios[i]).Sum();
            return ratios.Select(r => Math.Log(r / norm)).ToArray();
        }

        var stated = fact.Values.Where(v => condition.Likelihoods.ContainsKey($"{fact.Id}:{v}")).ToList();
        if (stated.Count == 0)
        {
            return new double[fact.Values.Count];
        }

        var statedMass = Math.Min(0.99, stated.Sum(v => condition.Likelihoods[$"{fact.Id}:{v}"]));
        var restRate = fact.Values.Except(stated, StringComparer.Ordinal).Sum(v => fact.ValueRates[v]);
        return fact.Values.Select(v =>
        {
            var p = condition.Likelihoods.TryGetValue($"{fact.Id}:{v}", out var s)
                ? s
                : (1 - statedMass) * fact.ValueRates[v] / Math.Max(restRate, 1e-9);
            return Math.Log(Math.Max(p, 1e-4) / fact.ValueRates[v]);
        }).ToArray();
    }

    /// <summary>Turns what is known into the observations the model scores; unknown facts yield none.</summary>
    public IReadOnlyList<Observation> Observe(Evidence evidence)
    {
        // Room for every observation a case can yield, so the list never regrows.
        var list = new List<Observation>(_boolFacts.Length + _choiceSlotCount + evidence.Values.Count);
        if (evidence.IsClosedWorld)
        {
            // Every yes/no fact not given reads "no"; marking the given ones avoids a lookup per fact.
            Span<bool> given = stackalloc bool[_binaryCount];
            foreach (var id in evidence.Values.Keys)
            {
                if (_binaryIndex.TryGetValue(id, out var index))
                {
                    given[index] = true;
                }
            }

            foreach (var (id, index) in _boolFacts)
            {
                if (!given[index])
                {
                    list.Add(new Observation(id, null, index, false, -1, -1) { Implied = true });
                }
            }
        }

        var firstGiven = list.Count;
        foreach (var (factId, value) in evidence.Values)
        {
            if (!value.IsKnown || !Kb.Facts.TryGetValue(factId, out var fact))
            {
                continue;
            }

            switch (fact.Type)
            {
                case FactType.Bool:
                    list.Add(new Observation(factId, null, _binaryIndex[factId], value.Kind == FactValueKind.Yes, -1, -1));
                    break;
                case FactType.MultiChoice:
                    var slots = _choiceSlots[factId];
                    for (var i = 0; i < slots.Length; i++)
                    {
                        var v = fact.Values[i];
                        list.Add(new Observation(factId, v, slots[i], IndexOf(value.Choices, v) >= 0, -1, -1));
                    }

                    break;
                case FactType.Number:
                    var band = fact.BandOf(value.Number);
                    list.Add(new Observation(factId, band, -1, true, _categoricalIndex[factId], BandIndex(fact, band)));
                    break;
                default:
                    var chosen = value.Choices.Count > 0 ? value.Choices[0] : null;
                    var vi = chosen is null ? -1 : IndexOf(fact.Values, chosen);
                    if (vi >= 0)
                    {
                        list.Add(new Observation(factId, chosen, -1, true, _categoricalIndex[factId], vi));
                    }

                    break;
            }
        }

        // The evidence is a hashed dictionary whose order changes from one process to the next; summing the
        // observations in a fixed order keeps every posterior, and so every interview, identical between runs.
        list.Sort(firstGiven, list.Count - firstGiven, ObservationOrder.Instance);
        return list;
    }

    private static int BandIndex(FactDef fact, string band)
    {
        for (var i = 0; i < fact.Bands.Count; i++)
        {
            if (fact.Bands[i].Id == band)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The words for an observation, made once per model so ranking does not format strings.</summary>
    public string Label(Observation o)
    {
        var key = (o.FactId, o.Value, o.IsYes, o.Implied);
        return _labels.GetOrAdd(key, k => k.Implied
            ? "not mentioned: " + Kb.Facts[k.FactId].Label
            : MakeLabel(Kb.Facts[k.FactId], k.Value, k.IsYes));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string FactId, string? Value, bool IsYes, bool Implied), string> _labels = new();

    private static string MakeLabel(FactDef fact, string? value, bool isYes) => fact.Type switch
    {
        FactType.Bool => (isYes ? "" : "not: ") + fact.Label,
        FactType.MultiChoice => $"{fact.Label}: {(isYes ? "" : "not ")}{value?.Replace('_', ' ')}",
        FactType.Number => $"{fact.Label}: {value?.Replace('_', ' ')}{(fact.Unit is null ? "" : " " + fact.Unit)}",
        _ => $"{fact.Label}: {value?.Replace('_', ' ')}",
    };

    /// <summary>P(observation | condition): the likelihood ratio times the observation's base rate.</summary>
    public double Likelihood(int condition, Observation o)
    {
        double baseline;
        if (o.BinaryIndex >= 0)
        {
            baseline = o.IsYes ? _binaryRates[o.BinaryIndex] : 1 - _binaryRates[o.BinaryIndex];
        }
        else
        {
            var fact = _categoricalFacts[o.CategoricalIndex];
            baseline = fact.Type == FactType.Number ? fact.Bands[o.ValueIndex].BaseRate : fact.ValueRates[fact.Values[o.ValueIndex]];
        }

        return Math.Min(1, Math.Exp(LogRatio(condition, o)) * baseline);
    }

    /// <summary>The log likelihood ratio one observation contributes to one condition (scaled down when only implied).</summary>
    public double LogRatio(int condition, Observation o) =>
        (o.Implied ? Kb.ClosedWorldWeight : 1.0) * (o.BinaryIndex >= 0
            ? (o.IsYes ? _yes[condition][o.BinaryIndex] : _no[condition][o.BinaryIndex])
            : _categorical[condition][o.CategoricalIndex][o.ValueIndex]);
}

/// <summary>One scored observation: a yes/no feature (binary index) or a categorical value.</summary>
public readonly record struct Observation(string FactId, string? Value, int BinaryIndex, bool IsYes, int CategoricalIndex, int ValueIndex)
{
    /// <summary>A "no" that only the closed world gives (nobody mentioned the fact); it counts for less.</summary>
    public bool Implied { get; init; }
}

/// <summary>Orders observations by fact id, then by the value slot, so that sums over them are reproducible.</summary>
internal sealed class ObservationOrder : IComparer<Observation>
{
    public static readonly ObservationOrder Instance = new();

    public int Compare(Observation x, Observation y)
    {
        var byFact = string.CompareOrdinal(x.FactId, y.FactId);
        if (byFact != 0)
        {
            return byFact;
        }

        var byBinary = x.BinaryIndex.CompareTo(y.BinaryIndex);
        return byBinary != 0 ? byBinary : x.ValueIndex.CompareTo(y.ValueIndex);
    }
}
