using LegCheck.Core.Cases;
using LegCheck.Core.Engine;

namespace LegCheck.Cli.Interview;

/// <summary>Runs a simulated interview answered from a case file under the closed-world rule.</summary>
public static class CaseRunner
{
    public static AssessmentJson Run(Assessor assessor, Case c) =>
        AssessmentJson.From(c.Id, assessor.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true }), 0);
}
