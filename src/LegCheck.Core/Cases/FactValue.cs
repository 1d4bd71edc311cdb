using System.Globalization;

namespace LegCheck.Core.Cases;

public enum FactValueKind
{
    Unknown,
    Yes,
    No,
    Number,
    Choice,
}

/// <summary>
/// What is known about one fact. Unknown is a value of its own: it is ignored by inference
/// and by rules, which is different from "no".
/// </summary>
public sealed record FactValue
{
    private FactValue(FactValueKind kind, double number, IReadOnlyList<string> choices)
    {
        Kind = kind;
        Number = number;
        Choices = choices;
    }

    public FactValueKind Kind { get; }
    public double Number { get; }
    public IReadOnlyList<string> Choices { get; }

    public static FactValue Yes { get; } = new(FactValueKind.Yes, 0, []);
    public static FactValue No { get; } = new(FactValueKind.No, 0, []);
    public static FactValue Unknown { get; } = new(FactValueKind.Unknown, 0, []);

    public static FactValue Of(bool value) => value ? Yes : No;

    public static FactValue Of(double number) => new(FactValueKind.Number, number, []);

    public static FactValue Of(IReadOnlyList<string> choices) => new(FactValueKind.Choice, 0, choices);

    public bool IsKnown => Kind != FactValueKind.Unknown;

    public bool Equals(FactValue? other) =>
        other is not null && Kind == other.Kind && Number.Equals(other.Number) && Choices.SequenceEqual(other.Choices, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Number, Choices.Count);

    public override string ToString() => Kind switch
    {
        FactValueKind.Yes => "yes",
        FactValueKind.No => "no",
        FactValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        FactValueKind.Choice => string.Join(",", Choices),
        _ => "unknown",
    };
}
