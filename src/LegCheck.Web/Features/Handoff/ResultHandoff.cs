using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Handoff;
using LegCheck.Handoff.Summary;

namespace LegCheck.Web.Features.Handoff;

/// <summary>
/// The clinician summary of a browser interview, made the same way for the result page's print view and its
/// "Download PDF", so the page printed and the file downloaded say the same thing.
/// </summary>
internal static class ResultHandoff
{
    /// <summary>An interview never names the person: its reference is this fixed word.</summary>
    public const string Reference = "interview";

    /// <summary>The interview's answers (open world: a question not asked stays unknown) and the assessment shown.</summary>
    public static HandoffInput Input(Evidence answers, Assessment assessment, int questionsAsked) => new()
    {
        CaseId = Reference,
        Answers = answers,
        Assessment = assessment,
        QuestionsAsked = questionsAsked,
    };

    public static ClinicianSummary Summary(KnowledgeBase kb, Evidence answers, Assessment assessment, int questionsAsked, TimeProvider time) =>
        SummaryBuilder.Build(kb, Input(answers, assessment, questionsAsked), time);
}
