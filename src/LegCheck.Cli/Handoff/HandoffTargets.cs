using LegCheck.Handoff.Pdf;

namespace LegCheck.Cli.Handoff;

/// <summary>Where the clinician handoff goes: a PDF and/or a FHIR bundle, only at the paths the runner named.</summary>
internal sealed record HandoffTargets(string? Pdf, string? Fhir, Paper Paper)
{
    public static HandoffTargets None { get; } = new(null, null, Paper.A4);

    public bool Any => Pdf is not null || Fhir is not null;
}
