namespace LegCheck.Activities.Archives;

/// <summary>A file at <paramref name="Path"/> that messages name as <paramref name="DisplayName"/> (an upload's own name).</summary>
public sealed record NamedFile(string Path, string DisplayName);
