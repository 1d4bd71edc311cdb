using FsCheck;
using FsCheck.Fluent;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Handoff.Pdf;
using LegCheck.Handoff.Summary;
using LegCheck.Testing;
using Xunit;

namespace LegCheck.Handoff.Tests.Pdf;

/// <summary>The page must hold any runner, not only the hand-written cases: many alarm signs, long lists, a long complaint.</summary>
public class OnePageProperties
{
    private static readonly string[] BoolFacts = TestData.Kb.Facts.Values.Where(f => f.Type == FactType.Bool).Select(f => f.Id).ToArray();

    private static readonly string[] Words = ["my", "calf", "locked", "at", "mile", "twenty", "and", "the", "foot", "went", "numb", "again", "after", "hills"];

    private static Gen<HandoffInput> Runner() =>
        from yes in Gen.SubListOf(BoolFacts).Select(l => l.Take(40).ToList())
        from no in Gen.SubListOf(BoolFacts).Select(l => l.Take(40).ToList())
        from closed in Gen.Elements(true, false)
        from words in Gen.Choose(0, 400)
        from paper in Gen.Elements(Paper.A4, Paper.Letter)
        select Build(yes, no, closed, words, paper);

    private static HandoffInput Build(List<string> yes, List<string> no, bool closed, int words, Paper paper)
    {
        var e = no.Aggregate(Evidence.Empty, (acc, f) => acc.With(f, FactValue.No));
        e = yes.Aggregate(e, (acc, f) => acc.With(f, FactValue.Yes)).With("age", FactValue.Of(47)).With("sex", FactValue.Of(["female"]));
        return new HandoffInput
        {
            CaseId = paper.ToString(),
            Answers = e,
            Assessment = Assessor.Default.Assess(e, AssessOptions.Default with { ClosedWorld = closed }),
            ClosedWorld = closed,
            Complaint = string.Join(' ', Enumerable.Range(0, words).Select(i => Words[i % Words.Length])),
        };
    }

    [Fact]
    public void Render_AnyRunner_FitsOnePage()
    {
        var property = Prop.ForAll(Runner().ToArbitrary(), input =>
        {
            var summary = SummaryBuilder.Build(TestData.Kb, input, TestData.BerlinClock());
            var rendering = SummaryPdf.RenderWithDetails(summary, PdfOptions.Default with { Paper = Enum.Parse<Paper>(input.CaseId) });
            return (rendering.Fitted && PdfText.PageCount(rendering.Bytes) == 1)
                .Label($"{input.CaseId}, closed world {input.ClosedWorld}: {input.Answers}");
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40).WithReplay(2026UL, 303UL), property);
    }
}
