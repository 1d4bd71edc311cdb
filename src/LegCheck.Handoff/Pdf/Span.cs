using PdfSharp.Drawing;

namespace LegCheck.Handoff.Pdf;

public enum Face
{
    Regular,
    Bold,
    Italic,
}

/// <summary>A piece of text in one face and colour; a paragraph is a list of them, wrapped as one.</summary>
public sealed record Span(string Text, Face Face = Face.Regular, XColor? Color = null);
