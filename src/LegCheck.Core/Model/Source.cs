namespace LegCheck.Core.Model;

/// <summary>
/// Where a claim comes from: one of the five seed articles (with the section it paraphrases),
/// or clinical consensus with a named guideline. Every claim shown to a runner carries one.
/// </summary>
public sealed record SourceRef(string SourceId, string? Section)
{
    public override string ToString() => Section is null ? SourceId : $"{SourceId} § {Section}";
}

/// <summary>A citable document: a seed article or a named clinical guideline.</summary>
public sealed record SourceDoc(string Id, string Kind, string Title, string? Publisher, string? File);
