using System.Runtime.CompilerServices;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>
/// The knowledge base's rule tests with each fact resolved to a slot once, so that an assessment reads a fact by
/// array index (<see cref="FactSlots"/>) instead of hashing its id for every test of every rule. Built on first use
/// per knowledge base and shared; results are exactly those of <see cref="RuleEvaluator"/> on the same evidence.
/// </summary>
internal sealed class RuleTables
{
    private static readonly ConditionalWeakTable<KnowledgeBase, RuleTables> Cache = [];

    private RuleTables(KnowledgeBase kb)
    {
        Slots = new FactSlots(kb);
        Triage = kb.TriageRules.Select(r => new CompiledTests(Slots, r.All, r.AnyOf)).ToArray();
        Tailoring = kb.Tailoring.Select(r => new CompiledTests(Slots, r.All, r.AnyOf)).ToArray();
        Explanations = kb.Explanations.Select(e => new CompiledTests(Slots, e.All, e.AnyOf)).ToArray();
        ExplainIds = kb.Explanations.Select(e => e.Explains).ToArray();
        Explains = ExplainIds.Select(ids => ids.Select(Slots.SlotOf).ToArray()).ToArray();
        RedFlags = kb.Facts.Values.Where(f => f.RedFlag).Select(f => (f.Id, Slots.SlotOf(f.Id))).ToArray();
    }

    public static RuleTables For(KnowledgeBase kb) => Cache.GetValue(kb, k => new RuleTables(k));

    public FactSlots Slots { get; }

    /// <summary>Parallel to <see cref="KnowledgeBase.TriageRules"/>.</summary>
    public CompiledTests[] Triage { get; }

    /// <summary>Parallel to <see cref="KnowledgeBase.Tailoring"/>.</summary>
    public CompiledTests[] Tailoring { get; }

    /// <summary>Parallel to <see cref="KnowledgeBase.Explanations"/>.</summary>
    public CompiledTests[] Explanations { get; }

    /// <summary>Each explanation's explained signs as slots (-1 for an id the facts do not define), parallel to <see cref="ExplainIds"/>.</summary>
    public int[][] Explains { get; }

    public IReadOnlyList<string>[] ExplainIds { get; }

    /// <summary>The alarm signs (red_flag in facts.yaml) in knowledge-base order, with their slots.</summary>
    public (string Id, int Slot)[] RedFlags { get; }
}

/// <summary>A numbering of the knowledge base's facts, and what a fact reads when the evidence does not give it.</summary>
internal sealed class FactSlots
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public FactSlots(KnowledgeBase kb)
    {
        Ids = kb.Facts.Keys.ToArray();
        for (var i = 0; i < Ids.Length; i++)
        {
            _index[Ids[i]] = i;
        }

        ClosedBools = kb.BoolFactIds;
        ClosedDefaults = Ids.Select(id => ClosedBools.Contains(id) ? FactValue.No : FactValue.Unknown).ToArray();
    }

    public string[] Ids { get; }

    /// <summary>The set <see cref="Evidence.CloseWorld"/> uses, so that evidence closed by it starts from <see cref="ClosedDefaults"/>.</summary>
    public IReadOnlySet<string> ClosedBools { get; }

    public FactValue[] ClosedDefaults { get; }

    /// <summary>Whether evidence closed with this set reads every missing yes/no fact as no, as <see cref="ClosedDefaults"/> do.</summary>
    public bool IsClosedDefault(IReadOnlySet<string>? closedBools) => ReferenceEquals(closedBools, ClosedBools);

    /// <summary>What each fact reads when not given, under an open world or any other closed set.</summary>
    public FactValue[] OpenDefaults(IReadOnlySet<string>? closedBools)
    {
        var values = new FactValue[Ids.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = closedBools?.Contains(Ids[i]) == true ? FactValue.No : FactValue.Unknown;
        }

        return values;
    }

    /// <summary>The slot of a fact, or -1 for an id the knowledge base does not define (read through the evidence by id).</summary>
    public int SlotOf(string factId) => _index.TryGetValue(factId, out var i) ? i : -1;
}

/// <summary>One rule's tests with their slots; <see cref="Fire"/> answers as <see cref="RuleEvaluator.Fire"/> does.</summary>
internal sealed class CompiledTests
{
    private readonly IReadOnlyList<FactTest> _all;
    private readonly IReadOnlyList<IReadOnlyList<FactTest>> _anyOf;
    private readonly int[] _allSlots;
    private readonly int[][] _anySlots;

    public CompiledTests(FactSlots slots, IReadOnlyList<FactTest> all, IReadOnlyList<IReadOnlyList<FactTest>> anyOf)
    {
        _all = all;
        _anyOf = anyOf;
        _allSlots = all.Select(t => slots.SlotOf(t.FactId)).ToArray();
        _anySlots = anyOf.Select(g => g.Select(t => slots.SlotOf(t.FactId)).ToArray()).ToArray();
    }

    /// <summary>Whether the rule fires on the evidence whose slot values are given; no allocation when it does not.</summary>
    public bool Holds(FactValue[] values, Evidence evidence)
    {
        for (var i = 0; i < _allSlots.Length; i++)
        {
            if (!RuleEvaluator.Holds(_all[i], Read(values, _allSlots[i], _all[i], evidence)))
            {
                return false;
            }
        }

        for (var g = 0; g < _anySlots.Length; g++)
        {
            if (!AnyHolds(g, values, evidence))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The facts that made the rule fire, or null when it does not fire.</summary>
    public IReadOnlyList<string>? Fire(FactValue[] values, Evidence evidence) =>
        Holds(values, evidence) ? RuleEvaluator.Fire(_all, _anyOf, evidence) : null;

    private bool AnyHolds(int g, FactValue[] values, Evidence evidence)
    {
        var group = _anyOf[g];
        var slots = _anySlots[g];
        for (var i = 0; i < slots.Length; i++)
        {
            if (RuleEvaluator.Holds(group[i], Read(values, slots[i], group[i], evidence)))
            {
                return true;
            }
        }

        return false;
    }

    private static FactValue Read(FactValue[] values, int slot, FactTest test, Evidence evidence) =>
        slot >= 0 ? values[slot] : evidence[test.FactId];
}
