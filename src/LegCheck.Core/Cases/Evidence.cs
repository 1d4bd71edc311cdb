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

    private Evidence(ImmutableDictionary<string, FactValue> values) => _values = values;

    public IReadOnlyDictionary<string, FactValue> Values => _values;

    public FactValue this[string factId] => _values.TryGetValue(factId, out var v) ? v : FactValue.Unknown;

    public bool IsKnown(string factId) => this[factId].IsKnown;

    /// <summary>True once the fact has been answered, even with "don't know".</summary>
    public bool Has(string factId) => _values.ContainsKey(factId);

    public bool IsYes(string factId) => this[factId].Kind == FactValueKind.Yes;

    public Evidence With(string factId, FactValue value) => new(_values.SetItem(factId, value));

    public Evidence Without(string factId) => new(_values.Remove(factId));

    public static Evidence From(IEnumerable<KeyValuePair<string, FactValue>> values) =>
        new(ImmutableDictionary.CreateRange(StringComparer.Ordinal, values));

    /// <summary>
    /// The case format's closed world: a boolean fact that was not mentioned is answered no
    /// (a person knows whether they have chest pain); numbers and choices stay unknown.
    /// </summary>
    public Evidence CloseWorld(KnowledgeBase kb)
    {
        var builder = _values.ToBuilder();
        foreach (var fact in kb.Facts.Values)
        {
            if (fact.Type == FactType.Bool && !builder.ContainsKey(fact.Id))
            {
                builder[fact.Id] = FactValue.No;
            }
        }

        return new Evidence(builder.ToImmutable());
    }
}
