namespace LegCheck.Core.Loading;

/// <summary>A malformed or inconsistent knowledge base: names the file, the line and the problem.</summary>
public sealed class KnowledgeException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Problem { get; } = problem;
}
