using PdfSharp.Drawing;

namespace LegCheck.Handoff.Pdf;

/// <summary>
/// Wraps and draws text on one page. With <see cref="Drawing"/> off it only measures, which is how the page
/// tries smaller type until everything fits: the same code runs for measuring and for drawing, so the two
/// cannot disagree. Every line drawn is kept in <see cref="Lines"/> for tests.
/// </summary>
public sealed class Painter(XGraphics graphics)
{
    public const double Leading = 1.28;

    private readonly Dictionary<(Face, double), XFont> _fonts = [];

    public bool Drawing { get; set; } = true;

    public List<string> Lines { get; } = [];

    public XFont Font(Face face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            var style = face switch
            {
                Face.Bold => XFontStyleEx.Bold,
                Face.Italic => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(HandoffFonts.Family, size, style);
            _fonts[(face, size)] = font;
        }

        return font;
    }

    private readonly Dictionary<(string, Face, double), double> _widths = [];

    /// <summary>Width in points; cached, because fitting the page measures the same words at every scale tried.</summary>
    public double Width(string text, Face face, double size)
    {
        if (!_widths.TryGetValue((text, face, size), out var width))
        {
            width = graphics.MeasureString(text, Font(face, size)).Width;
            _widths[(text, face, size)] = width;
        }

        return width;
    }

    public void Text(string text, Face face, double size, XColor color, double x, double y)
    {
        if (Drawing && text.Length > 0)
        {
            graphics.DrawString(text, Font(face, size), new XSolidBrush(color), x, y, XStringFormats.TopLeft);
            Lines.Add(text);
        }
    }

    public void Fill(XColor color, double x, double y, double width, double height)
    {
        if (Drawing)
        {
            graphics.DrawRectangle(new XSolidBrush(color), x, y, width, height);
        }
    }

    public void Rule(XColor color, double thickness, double x1, double y, double x2)
    {
        if (Drawing)
        {
            graphics.DrawLine(new XPen(color, thickness), x1, y, x2, y);
        }
    }

    /// <summary>
    /// Wraps the spans into <paramref name="width"/> and draws them from (x, y); returns the height used.
    /// Past <paramref name="maxLines"/> the last line ends in an ellipsis.
    /// </summary>
    public double Paragraph(IReadOnlyList<Span> spans, double size, XColor color, double x, double y, double width, int maxLines = int.MaxValue)
    {
        var lines = Wrap(spans, size, width);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1].Add(new Piece("…", Face.Regular, null, lines[^1].Count == 0 ? 0 : lines[^1][^1].End));
        }

        var lineHeight = size * Leading;
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var piece in lines[i])
            {
                Text(piece.Text, piece.Face, size, piece.Color ?? color, x + piece.X, y + (i * lineHeight));
            }

            if (Drawing)
            {
                // Pieces were added to Lines one by one; keep one entry per printed line instead.
                var count = lines[i].Count(p => p.Text.Length > 0);
                if (count > 1)
                {
                    var joined = string.Concat(Lines.Skip(Lines.Count - count));
                    Lines.RemoveRange(Lines.Count - count, count);
                    Lines.Add(joined);
                }
            }
        }

        return lines.Count * lineHeight;
    }

    private sealed record Piece(string Text, Face Face, XColor? Color, double X)
    {
        public double End { get; init; } = X;
    }

    /// <summary>Greedy word wrap; a word wider than the line is broken by characters. Runs of one style are merged.</summary>
    private List<List<Piece>> Wrap(IReadOnlyList<Span> spans, double size, double width)
    {
        var lines = new List<List<Piece>> { new() };
        var x = 0.0;
        foreach (var span in spans)
        {
            var words = span.Text.Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                var space = w > 0 ? " " : "";
                var line = lines[^1];
                var text = space + word;
                var textWidth = Width(text, span.Face, size);
                if (x + textWidth > width && x > 0)
                {
                    lines.Add(line = []);
                    x = 0;
                    text = word;
                    textWidth = Width(text, span.Face, size);
                }

                while (textWidth > width && text.Length > 1)
                {
                    var fit = text.Length - 1;
                    while (fit > 1 && Width(text[..fit], span.Face, size) > width - x)
                    {
                        fit--;
                    }

                    Add(line, text[..fit], span, x, size);
                    lines.Add(line = []);
                    x = 0;
                    text = text[fit..];
                    textWidth = Width(text, span.Face, size);
                }

                Add(line, text, span, x, size);
                x += textWidth;
            }
        }

        return lines;
    }

    private void Add(List<Piece> line, string text, Span span, double x, double size)
    {
        if (line.Count > 0 && line[^1].Face == span.Face && Nullable.Equals(line[^1].Color, span.Color))
        {
            var merged = line[^1].Text + text;
            line[^1] = line[^1] with { Text = merged, End = line[^1].X + Width(merged, span.Face, size) };
            return;
        }

        line.Add(new Piece(text, span.Face, span.Color, x) { End = x + Width(text, span.Face, size) });
    }
}
