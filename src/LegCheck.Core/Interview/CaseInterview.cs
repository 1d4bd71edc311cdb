using LegCheck.Core.Cases;
using LegCheck.Core.Engine;

namespace LegCheck.Core.Interview;

/// <summary>The outcome of a simulated interview: the final assessment and how many questions it took.</summary>
public sealed record InterviewResult(Assessment Assessment, int QuestionsAsked, IReadOnlyList<string> QuestionIds, string StopReason);

/// <summary>Runs an interview whose answers come from a case file, under the contract's closed-world rule.</summary>
public static class CaseInterview
{
    public static InterviewResult Run(InterviewEngine engine, Case c)
    {
        var evidence = Evidence.Empty;
        var asked = new List<string>();
        while (true)
        {
            var step = engine.Next(evidence);
            if (step.ShouldStop || step.Next is null)
            {
                return new InterviewResult(step.Assessment, asked.Count, asked, step.Reason);
            }

            asked.Add(step.Next.Question.Id);
            evidence = Answers.FromCase(engine.Kb, evidence, step.Next.Question, c.Facts);
        }
    }
}
