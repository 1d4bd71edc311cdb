namespace LegCheck.Core.Model;

/// <summary>Urgency, least urgent first so that a larger value is more urgent.</summary>
public enum TriageLevel
{
    SelfCare,
    Consultation,
    Consultation24,
    Emergency,
    EmergencyAmbulance,
}

public static class TriageLevels
{
    private static readonly string[] Ids = ["self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance"];

    public static string ToId(this TriageLevel level) => Ids[(int)level];

    public static bool TryParse(string id, out TriageLevel level)
    {
        var index = Array.IndexOf(Ids, id);
        level = index < 0 ? TriageLevel.SelfCare : (TriageLevel)index;
        return index >= 0;
    }

    public static IReadOnlyList<string> All => Ids;

    public static TriageLevel Max(TriageLevel a, TriageLevel b) => a >= b ? a : b;

    public static TriageLevel Min(TriageLevel a, TriageLevel b) => a <= b ? a : b;
}
