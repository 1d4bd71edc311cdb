using System.Globalization;
using LegCheck.Handoff.Summary;
using PdfSharp.Drawing;

namespace LegCheck.Handoff.Pdf;

/// <summary>
/// Lays out the clinician summary on one page: header, urgency box, complaint, alarm signs, ranked causes,
/// findings, training context, and a footer with the "not a diagnosis" line and the sources.
/// <see cref="Compose"/> returns whether everything fitted above the footer.
/// </summary>
public sealed class SummaryPage(ClinicianSummary s, PdfOptions options)
{
    private const double Margin = 40;
    private const double TopMargin = 36;
    private const double BottomMargin = 30;

    private double _scale = 1;
    private Budget _budget = Budget.Steps[0];

    private double Body => 8.8 * _scale;
    private double Small => 7.4 * _scale;
    private double Heading => 8 * _scale;
    private double Left => Margin;
    private double Right => options.Size.Width - Margin;
    private double Width => Right - Left;

    public bool Compose(Painter p, double scale, Budget budget)
    {
        _scale = scale;
        _budget = budget;
        var drawing = p.Drawing;
        p.Drawing = false;
        var footerHeight = Footer(p, 0);
        p.Drawing = drawing;
        var footerTop = options.Size.Height - BottomMargin - footerHeight;

        var y = Header(p, TopMargin);
        y = Triage(p, y + 8);
        y = Complaint(p, y);
        y = Alarms(p, y);
        y = Causes(p, y);
        y = Findings(p, y);
        y = Training(p, y);
        Footer(p, footerTop);
        return y <= footerTop - 6;
    }

    private double Header(Painter p, double y)
    {
        const double title = 16;
        p.Text("LegCheck", Face.Bold, title, Palette.Accent, Left, y);
        p.Text("Clinician summary", Face.Regular, title, Palette.Ink, Left + p.Width("LegCheck ", Face.Bold, title), y);
        var when = "Generated " + s.When;
        p.Text(when, Face.Regular, Small, Palette.Muted, Right - p.Width(when, Face.Regular, Small), y + (title - Small) * 0.75);
        y += title * 1.35;
        y += p.Paragraph(
            [
                new("Runner: ", Face.Bold), new(s.Person + "     "),
                new("Collected: ", Face.Bold), new(s.Method + "     "),
                new("Reference: ", Face.Bold), new(s.Reference),
            ],
            Small, Palette.Ink, Left, y, Width, _budget.ParagraphLines);
        y += 3;
        p.Rule(Palette.Ink, 0.9, Left, y, Right);
        return y;
    }

    private double Triage(Painter p, double y)
    {
        var (strong, pale) = Palette.ForLevel(s.Triage.LevelId);
        const double pad = 7;
        var drawing = p.Drawing;
        p.Drawing = false;
        var height = TriageContent(p, y + pad, strong) - y + pad;
        p.Drawing = drawing;
        p.Fill(pale, Left, y, Width, height);
        p.Fill(strong, Left, y, 4, height);
        TriageContent(p, y + pad, strong);
        return y + height;
    }

    private double TriageContent(Painter p, double y, XColor strong)
    {
        var x = Left + 12;
        var width = Width - 20;
        var big = 13 * _scale;
        p.Text("TRIAGE", Face.Bold, Small, strong, x, y);
        y += Small * 1.3;
        p.Text(s.Triage.Words, Face.Bold, big, strong, x, y);
        var id = s.Triage.LevelId;
        p.Text(id, Face.Regular, Small, Palette.Muted, x + p.Width(s.Triage.Words + "  ", Face.Bold, big), y + ((big - Small) * 0.7));
        y += big * 1.35;
        // The engine's reason is the one that matters; other rules at the same level are named here and
        // explained under the alarm signs, so the box stays short enough to read at a glance.
        var main = s.Triage.Reasons.Count > 0 ? s.Triage.Reasons[0] : null;
        if (main is not null)
        {
            y += p.Paragraph(
                [new("Reason: ", Face.Bold), new(main.Text + " "), new($"({main.Basis}){Cite(main.Sources)}", Face.Regular, Palette.Muted)],
                Body, Palette.Ink, x, y, width, _budget.ParagraphLines) + 1;
        }

        var others = s.Triage.Reasons.Skip(1).Select(r => r.RuleId ?? r.Basis).ToList();
        if (others.Count > 0)
        {
            y += p.Paragraph(
                [new("Also at this level: ", Face.Bold), new(_budget.Join(others) + " (see alarm signs below)")],
                Body, Palette.Ink, x, y, width, _budget.ParagraphLines) + 1;
        }

        var cited = main?.Sources ?? [];
        if (cited.Count > 0)
        {
            y += p.Paragraph(
                [new(cited.Count == 1 ? "Source: " : "Sources: ", Face.Bold), new(string.Join("; ", cited.Select(n => $"[{n}] {s.Sources[n - 1].Text}")))],
                Body, Palette.Ink, x, y, width, _budget.ParagraphLines);
        }

        return y;
    }

    private double Complaint(Painter p, double y)
    {
        if (s.Complaint is null)
        {
            return y;
        }

        y = Section(p, y, "Presenting complaint, in the runner's own words");
        return y + p.Paragraph([new($"\u201C{s.Complaint}\u201D", Face.Italic)], Body, Palette.Ink, Left, y, Width, _budget.ParagraphLines);
    }

    private double Alarms(Painter p, double y)
    {
        y = Section(p, y, "Alarm signs and rules fired");
        var a = s.Alarms;
        var main = s.Triage.Reasons.Count > 0 ? s.Triage.Reasons[0] : null;
        if (a.Fired.Count == 0)
        {
            y += p.Paragraph([new("No alarm or escalation rule fired.")], Body, Palette.Ink, Left, y, Width);
        }

        foreach (var rule in a.Fired.Take(_budget.ListItems))
        {
            // The rules that set the urgency are explained in the triage box; the others say here what they mean.
            var (strong, _) = Palette.ForLevel(rule.LevelId);
            var message = rule.RuleId == main?.RuleId ? "" : " " + rule.Message;
            p.Fill(strong, Left + 1, y + (Body * 0.42), 4, 4);
            y += p.Paragraph(
                [
                    new(rule.LevelId + "  ", Face.Bold, strong),
                    new(rule.RuleId, Face.Bold),
                    new(message),
                    new($"  fired on: {string.Join(", ", rule.Facts)}", Face.Italic, Palette.Muted),
                    new(Cite(rule.Sources), Face.Regular, Palette.Muted),
                ],
                Body, Palette.Ink, Left + 9, y, Width - 9, _budget.ParagraphLines) + 0.5;
        }

        if (a.Fired.Count > _budget.ListItems)
        {
            y += p.Paragraph([new($"and {a.Fired.Count - _budget.ListItems} more rules", Face.Italic)], Body, Palette.Muted, Left + 9, y, Width - 9);
        }

        y = Labelled(p, y, "Present", a.Present);
        y = Labelled(p, y, "Denied", a.Denied);
        y = Labelled(p, y, "Not mentioned, read as no", a.NotMentioned);
        return Labelled(p, y, "Not asked", a.NotAsked);
    }

    private double Causes(Painter p, double y)
    {
        y = Section(p, y, "Possible causes, ranked");
        var columns = Columns();
        var headers = new[] { "#", "Cause", "Probability", "Band", "Raised by", "Lowered by" };
        for (var i = 0; i < headers.Length; i++)
        {
            p.Text(headers[i], Face.Bold, Small, Palette.Muted, columns[i].X, y);
        }

        y += Small * 1.35;
        p.Rule(Palette.Hairline, 0.6, Left, y, Right);
        y += 2.5;
        var rows = s.RankedRows;
        for (var i = 0; i < rows.Count; i++)
        {
            y = CauseRow(p, y, i, rows[i], columns);
        }

        return s.AlsoCheckedFor.Count == 0
            ? y
            : y + p.Paragraph([new(ClinicianSummary.AlsoCheckedForLabel, Face.Bold), new(string.Join("; ", s.AlsoCheckedFor.Select(c => $"{c.Name} ({c.Percent})")))], Small, Palette.Ink, Left, y, Width, _budget.ParagraphLines);
    }

    private (double X, double Width)[] Columns()
    {
        double rank = 12, name = Width * 0.26, probability = 64, band = 50;
        var rest = Width - rank - name - probability - band;
        var raised = rest * 0.56;
        var x = Left;
        var widths = new[] { rank, name, probability, band, raised, rest - raised };
        var columns = new (double, double)[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            columns[i] = (x, widths[i] - 5);
            x += widths[i];
        }

        return columns;
    }

    private double CauseRow(Painter p, double y, int index, CauseLine c, (double X, double Width)[] col)
    {
        var top = y + 1;
        var face = index == 0 ? Face.Bold : Face.Regular;
        var lines = _budget.ParagraphLines;
        var h = 0.0;
        p.Text((index + 1).ToString(CultureInfo.InvariantCulture), face, Body, Palette.Ink, col[0].X, top);
        h = Math.Max(h, p.Paragraph([new(c.Name, face)], Body, Palette.Ink, col[1].X, top, col[1].Width, lines));
        const double bar = 30;
        p.Fill(Palette.Shade, col[2].X, top + (Body * 0.3), bar, Body * 0.6);
        p.Fill(Palette.Accent, col[2].X, top + (Body * 0.3), bar * Math.Clamp(c.Probability, 0, 1), Body * 0.6);
        p.Text(c.Percent, face, Body, Palette.Ink, col[2].X + bar + 4, top);
        var bandFace = c.Band is "likely" or "needs checking" ? Face.Bold : Face.Regular;
        h = Math.Max(h, p.Paragraph([new(c.Band, bandFace)], Body, Palette.Ink, col[3].X, top, col[3].Width, lines));
        h = Math.Max(h, Body * Painter.Leading);
        h = Math.Max(h, p.Paragraph([new(c.For.Count == 0 ? "—" : string.Join("; ", c.For))], Small, Palette.Ink, col[4].X, top + 0.8, col[4].Width, lines));
        h = Math.Max(h, p.Paragraph([new(c.Against.Count == 0 ? "—" : string.Join("; ", c.Against))], Small, Palette.Ink, col[5].X, top + 0.8, col[5].Width, lines));
        y = top + h + 1.5;
        p.Rule(Palette.Hairline, 0.4, Left, y, Right);
        return y + 1.5;
    }

    private double Findings(Painter p, double y)
    {
        y = Section(p, y, "Findings reported");
        y = Labelled(p, y, "Positives", s.Positives, always: true);
        y = Labelled(p, y, "Pertinent negatives", s.PertinentNegatives, always: true);
        y = Labelled(p, y, "Not mentioned, read as no", s.NotMentioned);
        y = Labelled(p, y, "Not asked or unknown", s.NotAsked, always: true);
        return y + p.Paragraph([new(s.NotAskedNote, Face.Italic)], Small, Palette.Muted, Left, y, Width, _budget.ParagraphLines);
    }

    private double Training(Painter p, double y)
    {
        y = Section(p, y, "Training context from the run diary");
        if (s.Training.Count == 0)
        {
            return y + p.Paragraph([new("No run diary was used for this summary.", Face.Italic)], Body, Palette.Muted, Left, y, Width);
        }

        foreach (var line in s.Training.Take(_budget.ListItems))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            List<Span> spans = colon > 0 ? [new(line[..(colon + 2)], Face.Bold), new(line[(colon + 2)..])] : [new(line)];
            y += p.Paragraph(spans, Body, Palette.Ink, Left, y, Width, _budget.ParagraphLines);
        }

        return y;
    }

    /// <summary>Draws the footer from <paramref name="y"/> down; returns its height.</summary>
    private double Footer(Painter p, double y)
    {
        var start = y;
        var colon = s.Disclaimer.IndexOf(':', StringComparison.Ordinal);
        List<Span> disclaimer = colon > 0 ? [new(s.Disclaimer[..(colon + 1)] + " ", Face.Bold), new(s.Disclaimer[(colon + 1)..].Trim())] : [new(s.Disclaimer, Face.Bold)];
        var drawing = p.Drawing;
        p.Drawing = false;
        var boxHeight = p.Paragraph(disclaimer, Body, Palette.Ink, Left + 8, y, Width - 16) + 8;
        p.Drawing = drawing;
        p.Fill(Palette.Shade, Left, y, Width, boxHeight);
        p.Paragraph(disclaimer, Body, Palette.Ink, Left + 8, y + 4, Width - 16);
        y += boxHeight + 4;

        if (s.Sources.Count > 0)
        {
            var tiny = 6.6 * _scale;
            List<Span> spans = [new("Sources  ", Face.Bold)];
            for (var i = 0; i < s.Sources.Count; i++)
            {
                var source = s.Sources[i];
                spans.Add(new($"[{i + 1}] ", Face.Bold));
                spans.Add(new(source.Text + (_budget.SourceLinks && source.Link is { } link ? $" {link}" : "") + (i < s.Sources.Count - 1 ? ".   " : ".")));
            }

            y += p.Paragraph(spans, tiny, Palette.Muted, Left, y, Width) + 3;
        }

        p.Rule(Palette.Hairline, 0.5, Left, y, Right);
        y += 2.5;
        const string made = "Made by LegCheck on this device from the runner's own answers; nothing was sent anywhere.";
        var size = 6.6 * _scale;
        p.Text(made, Face.Regular, size, Palette.Muted, Left, y);
        p.Text("Page 1 of 1", Face.Regular, size, Palette.Muted, Right - p.Width("Page 1 of 1", Face.Regular, size), y);
        return y + (size * Painter.Leading) - start;
    }

    private double Section(Painter p, double y, string title)
    {
        y += 9 * _scale;
        p.Text(title.ToUpperInvariant(), Face.Bold, Heading, Palette.Accent, Left, y);
        y += Heading * 1.3;
        p.Rule(Palette.Hairline, 0.5, Left, y, Right);
        return y + 3;
    }

    private double Labelled(Painter p, double y, string label, IReadOnlyList<string> items, bool always = false)
    {
        if (items.Count == 0 && !always)
        {
            return y;
        }

        var text = items.Count == 0 ? "none" : _budget.Join(items);
        return y + p.Paragraph([new(label + ": ", Face.Bold), new(text)], Body, Palette.Ink, Left, y, Width, _budget.ParagraphLines) + 0.5;
    }

    private static string Cite(IReadOnlyList<int> sources) =>
        sources.Count == 0 ? "" : " [" + string.Join(", ", sources) + "]";
}
