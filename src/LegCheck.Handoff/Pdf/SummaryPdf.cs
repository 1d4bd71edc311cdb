using LegCheck.Handoff.Summary;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LegCheck.Handoff.Pdf;

/// <summary>A rendered summary: the PDF, and the type scale and budget step it needed to fit one page.</summary>
public sealed record PdfRendering(byte[] Bytes, double Scale, int BudgetStep, bool Fitted, IReadOnlyList<string> Lines);

/// <summary>Renders the clinician summary as a one-page PDF, in memory; the caller decides where it goes.</summary>
public static class SummaryPdf
{
    public static byte[] Render(ClinicianSummary summary, PdfOptions? options = null) => RenderWithDetails(summary, options).Bytes;

    /// <summary>
    /// Tries the budgets and type scales in order and draws the first layout that fits; if none does, the
    /// tightest one is drawn (its text is cut to fit, so the page still holds the urgency and the disclaimer).
    /// </summary>
    public static PdfRendering RenderWithDetails(ClinicianSummary summary, PdfOptions? options = null)
    {
        HandoffFonts.Register();
        var o = options ?? PdfOptions.Default;
        using var document = new PdfDocument();
        document.Info.Title = "LegCheck clinician summary";
        document.Info.Creator = "LegCheck";
        document.Info.CreationDate = summary.At.DateTime;
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(o.Size.Width);
        page.Height = XUnit.FromPoint(o.Size.Height);
        using var graphics = XGraphics.FromPdfPage(page);
        var painter = new Painter(graphics) { Drawing = false };
        var layout = new SummaryPage(summary, o);
        var (scale, step, fitted) = Choose(painter, layout);
        painter.Drawing = true;
        layout.Compose(painter, scale, Budget.Steps[step]);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return new PdfRendering(stream.ToArray(), scale, step, fitted, painter.Lines);
    }

    private static (double Scale, int Step, bool Fitted) Choose(Painter painter, SummaryPage layout)
    {
        for (var step = 0; step < Budget.Steps.Count; step++)
        {
            foreach (var scale in Budget.Scales)
            {
                if (layout.Compose(painter, scale, Budget.Steps[step]))
                {
                    return (scale, step, true);
                }
            }
        }

        return (Budget.Scales[^1], Budget.Steps.Count - 1, false);
    }
}
