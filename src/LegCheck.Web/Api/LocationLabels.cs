namespace LegCheck.Web.Api;

/// <summary>Plain-words names for the body-map locations; the knowledge base only has the ids.</summary>
internal static class LocationLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["calf"] = "Calf",
        ["shin_front"] = "Front of the shin",
        ["shin_outer"] = "Outer side of the shin",
        ["shin_inner"] = "Inner edge of the shin",
        ["back_of_knee"] = "Back of the knee",
        ["ankle_inner"] = "Inner ankle",
        ["ankle_front"] = "Front of the ankle",
        ["ankle_back"] = "Back of the ankle (Achilles)",
        ["foot_top"] = "Top of the foot",
        ["foot_sole"] = "Sole of the foot",
        ["arch"] = "Arch of the foot",
        ["heel"] = "Heel",
        ["toes"] = "Toes",
        ["between_toes"] = "Between the toes",
        ["ball_of_foot"] = "Ball of the foot",
        ["whole_foot"] = "The whole foot",
        ["buttock_or_thigh"] = "Buttock or thigh",
    };

    public static string For(string id) => Labels.TryGetValue(id, out var label) ? label : id.Replace('_', ' ');
}
