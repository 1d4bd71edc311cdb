using PdfSharp.Fonts;

namespace LegCheck.Handoff.Pdf;

/// <summary>
/// PDFsharp finds no system fonts on Linux, so every face the summary uses comes from the assembly:
/// DejaVu Sans Condensed (Bitstream Vera licence, see Pdf/Fonts/LICENSE.txt), narrow enough to fit a page.
/// </summary>
public sealed class HandoffFonts : IFontResolver
{
    public const string Family = "LegCheck Sans";

    private static readonly Lock Gate = new();

    /// <summary>
    /// PDFsharp's font resolver is process-wide and cannot be changed once fonts were used, so it is set once,
    /// and only if the host has not set its own.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new HandoffFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSansCondensed-Bold" : italic ? "DejaVuSansCondensed-Oblique" : "DejaVuSansCondensed");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(HandoffFonts).Assembly.GetManifestResourceStream($"fonts/{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
