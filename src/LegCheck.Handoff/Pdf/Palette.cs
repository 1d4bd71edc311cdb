using PdfSharp.Drawing;

namespace LegCheck.Handoff.Pdf;

/// <summary>The summary's colours: dark ink for text, one accent, and a strong and a pale tint per urgency.</summary>
public static class Palette
{
    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x23, 0x28);
    public static readonly XColor Muted = XColor.FromArgb(0x5F, 0x66, 0x6D);
    public static readonly XColor Accent = XColor.FromArgb(0x0B, 0x5C, 0x6B);
    public static readonly XColor Hairline = XColor.FromArgb(0xC9, 0xCE, 0xD3);
    public static readonly XColor Shade = XColor.FromArgb(0xF2, 0xF4, 0xF5);

    public static (XColor Strong, XColor Pale) ForLevel(string levelId) => levelId switch
    {
        "emergency_ambulance" or "emergency" => (XColor.FromArgb(0xA3, 0x12, 0x1F), XColor.FromArgb(0xFB, 0xE9, 0xEA)),
        "consultation_24" => (XColor.FromArgb(0xB3, 0x4A, 0x00), XColor.FromArgb(0xFD, 0xF0, 0xE4)),
        "consultation" => (XColor.FromArgb(0x7A, 0x5C, 0x00), XColor.FromArgb(0xFB, 0xF5, 0xDF)),
        _ => (XColor.FromArgb(0x1E, 0x6B, 0x34), XColor.FromArgb(0xE8, 0xF4, 0xEB)),
    };
}
