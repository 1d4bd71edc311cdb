namespace LegCheck.Diary.Model;

/// <summary>The symptom ids an episode can carry, with the plain words reports use for them.</summary>
public static class Symptoms
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["calf_cramp"] = "calf cramps",
        ["foot_cramp"] = "foot cramps",
        ["toe_cramp"] = "toe cramps",
        ["numbness"] = "numbness",
        ["tingling"] = "tingling",
        ["burning"] = "burning",
        ["tightness"] = "tightness",
        ["pain"] = "pain",
        ["weakness"] = "weakness",
        ["other"] = "other symptoms",
    };

    public static IReadOnlyList<string> All { get; } = [.. Words.Keys];

    public static bool IsKnown(string id) => Words.ContainsKey(id);

    public static string PlainWords(string id) => Words.TryGetValue(id, out var words) ? words : id;
}
