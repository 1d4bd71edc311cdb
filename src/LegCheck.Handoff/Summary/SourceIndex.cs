using LegCheck.Core.Model;

namespace LegCheck.Handoff.Summary;

/// <summary>Numbers cited documents in order of first citation, so the page can say [1] and list each source once.</summary>
public sealed class SourceIndex(KnowledgeBase kb)
{
    private readonly List<string> _ids = [];

    public IReadOnlyList<int> Cite(IEnumerable<SourceRef> refs) =>
        refs.Select(r => r.SourceId).Distinct(StringComparer.Ordinal).Select(Number).ToList();

    private int Number(string sourceId)
    {
        var index = _ids.IndexOf(sourceId);
        if (index < 0)
        {
            _ids.Add(sourceId);
            index = _ids.Count - 1;
        }

        return index + 1;
    }

    /// <summary>Each cited document in words: a guideline by publisher and title, an article by its title.</summary>
    public IReadOnlyList<SourceLine> Entries() => _ids.Select(Describe).ToList();

    private SourceLine Describe(string id) => kb.Sources.TryGetValue(id, out var doc)
        ? new SourceLine(doc.Publisher is { Length: > 0 } publisher ? $"{publisher}: {doc.Title}" : doc.Title, doc.Link)
        : new SourceLine(id, null);
}
