namespace LegCheck.Core.Model;

/// <summary>
/// Where a claim comes from: one of the five seed articles (with the section it paraphrases),
/// or clinical consensus with a named guideline. Every claim shown to a runner carries one.
/// </summary>
public sealed record SourceRef(string SourceId, string? Section)
{
    public override string ToString() => Section is null ? SourceId : $"{SourceId} § {Section}";
}

/// <summary>
/// A citable document: a seed article, a guideline, a consensus statement, a study or a textbook,
/// with its DOI or web address where it has one.
/// </summary>
public sealed record SourceDoc(string Id, string Kind, string Title, string? Publisher, string? File)
{
    public string? Doi { get; init; }

    public string? Url { get; init; }

    /// <summary>Where a reader can find it: the DOI resolver when there is a DOI, else the web address.</summary>
    public string? Link => Doi is { } doi ? "https://doi.org/" + doi : Url;
}
