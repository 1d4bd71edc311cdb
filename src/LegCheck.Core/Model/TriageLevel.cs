using System.Text.Json.Serialization;
using LegCheck.Json;

namespace LegCheck.Core.Model;

/// <summary>Urgency, least urgent first so that a larger value is more urgent.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<TriageLevel>))]
public enum TriageLevel
{
    SelfCare,
    Consultation,

    // The public id keeps an underscore before the digits, which snake_case naming would not put there.
    [JsonStringEnumMemberName("consultation_24")]
    Consultation24,
    Emergency,
    EmergencyAmbulance,
}

public static class TriageLevels
{
    /// <summary>The level's id, the same text the JSON shows.</summary>
    public static string ToId(this TriageLevel level) => SnakeCaseEnumConverter<TriageLevel>.Id(level);

    public static bool TryParse(string id, out TriageLevel level) => SnakeCaseEnumConverter<TriageLevel>.TryParse(id, out level);

    public static IReadOnlyList<string> All => SnakeCaseEnumConverter<TriageLevel>.All;

    public static TriageLevel Max(TriageLevel a, TriageLevel b) => a >= b ? a : b;

    public static TriageLevel Min(TriageLevel a, TriageLevel b) => a <= b ? a : b;
}
