using System.Collections;

namespace LegCheck.Core.Engine;

/// <summary>A read-only list built on first use, so explanations cost nothing when only the ranking is needed.</summary>
internal sealed class LazyList<T>(Func<List<T>> build) : IReadOnlyList<T>
{
    private readonly Lazy<List<T>> _items = new(build);

    public int Count => _items.Value.Count;

    public T this[int index] => _items.Value[index];

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
