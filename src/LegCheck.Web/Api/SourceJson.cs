using LegCheck.Core.Model;

namespace LegCheck.Web.Api;

/// <summary>A citation resolved against the knowledge base: the document and, for an article, the section paraphrased.</summary>
public sealed record SourceJson(string Id, string? Section, string Kind, string Title, string? Publisher)
{
    public static SourceJson From(KnowledgeBase kb, SourceRef source)
    {
        var doc = kb.Sources[source.SourceId];
        return new SourceJson(doc.Id, source.Section, doc.Kind, doc.Title, doc.Publisher);
    }

    public static IReadOnlyList<SourceJson> From(KnowledgeBase kb, IReadOnlyList<SourceRef> sources)
    {
        var list = new SourceJson[sources.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = From(kb, sources[i]);
        }

        return list;
    }
}
