using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Core.Model;

[JsonConverter(typeof(SnakeCaseEnumConverter<FactType>))]
public enum FactType
{
    Bool,
    Number,
    Choice,

    // The API's public id for a many-answer fact is the short one.
    [JsonStringEnumMemberName("multi")]
    MultiChoice,
}

/// <summary>A numeric band: values up to and including <see cref="Max"/> (open-ended when null).</summary>
/// <param name="Id">Band id, used in likelihoods as <c>fact:band</c>.</param>
/// <param name="Max">Inclusive upper bound; null for the last band.</param>
/// <param name="BaseRate">Share of symptomatic runners whose value falls in this band.</param>
public sealed record NumberBand(string Id, double? Max, double BaseRate);

/// <summary>
/// One observable: a symptom, a context or a risk factor. Booleans carry a base rate, the share of
/// runners with leg or foot complaints who would answer yes; a condition's likelihood is read
/// against it, so a fact a condition does not mention carries no evidence for or against it.
/// </summary>
public sealed record FactDef
{
    public required string Id { get; init; }
    public required FactType Type { get; init; }
    public required string Label { get; init; }
    public double BaseRate { get; init; } = 0.1;

    /// <summary>
    /// P(yes) for a condition that does not mention this fact. Usually the base rate (no evidence);
    /// lower for systemic alarm signs such as confusion, which benign local causes do not produce.
    /// </summary>
    public double? Unmentioned { get; init; }

    /// <summary>An alarm sign such as chest pain: a red-flag rule fires on it, and its presence can only add urgency.</summary>
    public bool RedFlag { get; init; }

    /// <summary>
    /// Facts that follow from this one: from a yes for a yes/no fact (a pop implies pain), or, for a number
    /// with <see cref="ImpliesAtLeast"/>, from a value at least that large (an hour-long episode is still there at rest).
    /// </summary>
    public IReadOnlyList<string> Implies { get; init; } = [];

    /// <summary>For a number fact: the value from which <see cref="Implies"/> holds; null for yes/no facts.</summary>
    public double? ImpliesAtLeast { get; init; }

    /// <summary>Whether a given value of this fact sets the facts it implies.</summary>
    public bool TriggersImplications(Cases.FactValue value) =>
        Implies.Count > 0 && (Type == FactType.Bool
            ? value.Kind == Cases.FactValueKind.Yes
            : ImpliesAtLeast is { } min && value.Kind == Cases.FactValueKind.Number && value.Number >= min);
    public IReadOnlyList<string> Values { get; init; } = [];
    public IReadOnlyDictionary<string, double> ValueRates { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);
    public IReadOnlyList<NumberBand> Bands { get; init; } = [];
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? Unit { get; init; }

    public string BandOf(double value)
    {
        foreach (var band in Bands)
        {
            if (band.Max is null || value <= band.Max.Value)
            {
                return band.Id;
            }
        }

        return Bands[^1].Id;
    }
}
