using System.Collections.Immutable;
using LegCheck.Core.Model;

namespace LegCheck.Core.Cases;

/// <summary>
/// Everything known about one runner: fact id to value. Immutable; <see cref="With"/> returns a copy,
/// which lets the interview try "what if the answer were yes" cheaply.
/// </summary>
public sealed class Evidence
{
    public static Evidence Empty { get; } = new(ImmutableDictionary.Create<string, FactValue>(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, FactValue> _values;

    /// <summary>Under the closed world, the yes/no facts that read "no" when not given; null in an open world.</summary>
    private readonly IReadOnlySet<string>? _closedBools;

    private Evidence(ImmutableDictionary<string, FactValue> values, IReadOnlySet<string>? closedBools = null, ImmutableDictionary<string, ImmutableArray<string>>? impliedBy = null)
    {
        _values = values;
        _closedBools = closedBools;
        ImpliedBy = impliedBy ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    }

    /// <summary>
    /// Facts set only because others imply them, each with the facts that implied it. The triage needs to know:
    /// when it asks how an alarm sign could have been answered, what that sign implied must go with it.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> ImpliedBy { get; }

    /// <summary>The facts given explicitly (under the closed world, the implied "no" answers are not listed).</summary>
    public IReadOnlyDictionary<string, FactValue> Values => _values;

    public bool IsClosedWorld => _closedBools is not null;

    /// <summary>The facts as "id=value" pairs in id order, for test failure messages and debugging.</summary>
    public override string ToString() =>
        string.Join(" ", _values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"))
        + (IsClosedWorld ? " (closed world)" : "");

    /// <summary>A hash-map copy of the values, built on first lookup: rules read facts many times per assessment.</summary>
    private Dictionary<string, FactValue>? _lookup;

    public FactValue this[string factId]
    {
        get
        {
            var lookup = _lookup ??= new Dictionary<string, FactValue>(_values, StringComparer.Ordinal);
            return lookup.TryGetValue(factId, out var v) ? v : _closedBools?.Contains(factId) == true ? FactValue.No : FactValue.Unknown;
        }
    }

    /// <summary>The values by slot for one numbering of the facts, built once per evidence: rules read them by index.</summary>
    internal FactValue[] SlotValues(Engine.FactSlots table)
    {
        // A tuple of two references copied as a whole could tear between threads; the box is one reference.
        if (_slotsBox is { } box && ReferenceEquals(box.Table, table))
        {
            return box.Values;
        }

        var values = table.IsClosedDefault(_closedBools) ? (FactValue[])table.ClosedDefaults.Clone() : table.OpenDefaults(_closedBools);
        foreach (var (id, value) in _values)
        {
            if (table.SlotOf(id) is var slot and >= 0)
            {
                values[slot] = value;
            }
        }

        _slotsBox = new SlotsBox(table, values);
        return values;
    }

    private SlotsBox? _slotsBox;

    private sealed record SlotsBox(Engine.FactSlots Table, FactValue[] Values);

    public bool IsKnown(string factId) => this[factId].IsKnown;

    /// <summary>True once the fact has been answered, even with "don't know".</summary>
    public bool Has(string factId) => _values.ContainsKey(factId);

    public bool IsYes(string factId) => this[factId].Kind == FactValueKind.Yes;

    public Evidence With(string factId, FactValue value) => new(_values.SetItem(factId, value), _closedBools, ImpliedBy.Remove(factId));

    public Evidence Without(string factId) => new(_values.Remove(factId), _closedBools, ImpliedBy.Remove(factId));

    public static Evidence From(IEnumerable<KeyValuePair<string, FactValue>> values) =>
        new(ImmutableDictionary.CreateRange(StringComparer.Ordinal, values));

    /// <summary>
    /// The case format's closed world: a boolean fact that was not mentioned is answered no
    /// (a person knows whether they have chest pain); numbers and choices stay unknown.
    /// </summary>
    public Evidence CloseWorld(KnowledgeBase kb) => new(_values, kb.BoolFactIds, ImpliedBy);

    /// <summary>
    /// Sets the facts that follow from those given (a pop is a pain; an hour-long episode is still there at rest),
    /// unless the runner answered them, and records which facts implied each.
    /// </summary>
    public Evidence WithImplications(KnowledgeBase kb)
    {
        Dictionary<string, List<string>>? sources = null;
        foreach (var (id, value) in _values)
        {
            if (!kb.Facts.TryGetValue(id, out var fact) || !fact.TriggersImplications(value))
            {
                continue;
            }

            foreach (var target in fact.Implies.Where(t => !_values.ContainsKey(t)))
            {
                sources ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!sources.TryGetValue(target, out var list))
                {
                    sources[target] = list = [];
                }

                list.Add(id);
            }
        }

        if (sources is null)
        {
            return this;
        }

        var values = _values.SetItems(sources.Keys.Select(t => KeyValuePair.Create(t, FactValue.Yes)));
        var impliedBy = ImpliedBy.SetItems(sources.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.ToImmutableArray())));
        return new Evidence(values, _closedBools, impliedBy);
    }
}
