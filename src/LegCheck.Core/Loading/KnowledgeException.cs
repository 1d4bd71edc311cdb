namespace LegCheck.Core.Loading;

/// <summary>One problem in the knowledge base: the file, the line (0 when it concerns the base as a whole) and what is wrong.</summary>
public sealed record KnowledgeError(string File, long Line, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Problem}";
}

/// <summary>
/// A malformed or inconsistent knowledge base, with every problem found (the loader reads on past each bad entry
/// so an author sees them all at once); the message names the first.
/// </summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException(string file, long line, string problem)
        : this([new KnowledgeError(file, line, problem)])
    {
    }

    public KnowledgeException(IReadOnlyList<KnowledgeError> errors)
        : base(errors.Count == 1 ? errors[0].ToString() : $"{errors[0]} (and {errors.Count - 1} more)")
    {
        Errors = errors;
    }

    public IReadOnlyList<KnowledgeError> Errors { get; }

    public string File => Errors[0].File;

    public long Line => Errors[0].Line;

    public string Problem => Errors[0].Problem;
}
