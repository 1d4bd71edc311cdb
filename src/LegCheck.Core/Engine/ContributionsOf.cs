using System.Collections;

namespace LegCheck.Core.Engine;

/// <summary>
/// One condition's raised and lowered facts, worked out together on first use, so explanations cost nothing when
/// only the ranking is needed. One object per condition with two views: ranking builds one for every condition.
/// </summary>
internal sealed class ContributionsOf
{
    private readonly CompiledModel _model;
    private readonly IReadOnlyList<Observation> _observations;
    private readonly int _condition;
    private Lists? _lists;

    public ContributionsOf(CompiledModel model, IReadOnlyList<Observation> observations, int condition)
    {
        _model = model;
        _observations = observations;
        _condition = condition;
        Raised = new View(this, raised: true);
        Lowered = new View(this, raised: false);
    }

    public IReadOnlyList<Contribution> Raised { get; }

    public IReadOnlyList<Contribution> Lowered { get; }

    // An assessment may be read from several threads; the work is pure, so a race only repeats it, and the first
    // result published is the one every reader sees.
    private Lists Get()
    {
        if (Volatile.Read(ref _lists) is { } done)
        {
            return done;
        }

        var (raised, lowered) = Inference.Explain(_model, _observations, _condition);
        var mine = new Lists(raised, lowered);
        return Interlocked.CompareExchange(ref _lists, mine, null) ?? mine;
    }

    private sealed record Lists(List<Contribution> Raised, List<Contribution> Lowered);

    private sealed class View(ContributionsOf owner, bool raised) : IReadOnlyList<Contribution>
    {
        private List<Contribution> Items => raised ? owner.Get().Raised : owner.Get().Lowered;

        public int Count => Items.Count;

        public Contribution this[int index] => Items[index];

        public IEnumerator<Contribution> GetEnumerator() => Items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
