namespace LegCheck.Handoff.Pdf;

/// <summary>
/// How much of each list the page prints. The page first tries smaller type; only when even the smallest type
/// does not fit does it cut long lists ("and 9 more") and drop source addresses, so a page is never lost.
/// </summary>
public sealed record Budget(int ListItems, int ParagraphLines, bool SourceLinks)
{
    public static IReadOnlyList<Budget> Steps { get; } =
    [
        new(int.MaxValue, int.MaxValue, true),
        new(18, 6, true),
        new(10, 4, false),
        new(5, 2, false),
    ];

    /// <summary>Type scales tried for each budget, largest first; below the last one the text gets hard to read.</summary>
    public static IReadOnlyList<double> Scales { get; } = [1.0, 0.95, 0.9, 0.85, 0.8, 0.76];

    public string Join(IReadOnlyList<string> items, string separator = ", ")
    {
        if (items.Count <= ListItems)
        {
            return string.Join(separator, items);
        }

        return string.Join(separator, items.Take(ListItems)) + $"{separator}and {items.Count - ListItems} more";
    }
}
