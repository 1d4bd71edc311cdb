namespace LegCheck.Handoff.Pdf;

public enum Paper
{
    A4,
    Letter,
}

/// <summary>How the summary is printed; immutable, tweak with <c>with</c>.</summary>
public sealed record PdfOptions
{
    public static PdfOptions Default { get; } = new();

    public Paper Paper { get; init; } = Paper.A4;

    /// <summary>Paper in points (1/72 inch).</summary>
    public (double Width, double Height) Size => Paper == Paper.Letter ? (612, 792) : (595.28, 841.89);
}
