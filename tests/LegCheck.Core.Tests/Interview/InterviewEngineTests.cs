using Xunit;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using static LegCheck.Core.Tests.TestData;

namespace LegCheck.Core.Tests.Interview;

public class InterviewEngineTests
{
    private static readonly InterviewEngine Engine = new(Assessor.Default);

    [Fact]
    public void Next_EmptyEvidence_StartsWithWhatAndWhere()
    {
        var step = Engine.Next(Evidence.Empty);
        Assert.False(step.ShouldStop);
        Assert.Equal("q_feel", step.Next!.Question.Id);
        Assert.False(string.IsNullOrWhiteSpace(step.Next.Rationale));
    }

    [Fact]
    public void Next_AnyState_NeverAsksAnAnsweredQuestion()
    {
        foreach (var c in LoadCases(OwnCases))
        {
            var evidence = Evidence.Empty;
            var asked = new HashSet<string>(StringComparer.Ordinal);
            for (var step = Engine.Next(evidence); !step.ShouldStop; step = Engine.Next(evidence))
            {
                var q = step.Next!.Question;
                Assert.True(asked.Add(q.Id), $"{c.Id}: asked {q.Id} twice");
                Assert.False(q.SetsFacts.All(evidence.Has), $"{c.Id}: {q.Id} was already answered");
                evidence = Answers.FromCase(Engine.Kb, evidence, q, c.Facts);
            }
        }
    }

    [Fact]
    public void Run_CaseWithRedFlag_AsksEveryRedFlagBeforeStopping()
    {
        var kb = Engine.Kb;
        foreach (var c in LoadCases(OwnCases))
        {
            var full = Assess(c.Facts);
            var result = CaseInterview.Run(Engine, c);
            var askedFacts = result.QuestionIds.SelectMany(id => kb.Questions.Single(q => q.Id == id).SetsFacts).ToHashSet(StringComparer.Ordinal);
            foreach (var flag in kb.Facts.Values.Where(f => f.RedFlag && c.Facts.IsYes(f.Id)))
            {
                // A red flag may go unasked only when nothing it fires could raise the level reached.
                var itsLevel = full.Triage.Fired.Where(r => r.Facts.Contains(flag.Id)).Select(r => r.Rule.Level).DefaultIfEmpty().Max();
                Assert.True(askedFacts.Contains(flag.Id) || result.Assessment.Triage.Level >= itsLevel,
                    $"{c.Id}: stopped without asking about red flag {flag.Id}");
            }

            foreach (var rule in full.Triage.Fired.Where(f => f.Rule.IsRedFlag))
            {
                Assert.True(result.Assessment.Triage.Level >= rule.Rule.Level, $"{c.Id}: red flag {rule.Rule.Id} not reflected");
            }

            Assert.True(result.Assessment.Triage.Level >= full.Triage.Level, $"{c.Id}: interview {result.Assessment.Triage.Level} < assess {full.Triage.Level}");
        }
    }

    [Fact]
    public void Next_StopRule_NoSingleAnswerCanChangeTriageWhenStopped()
    {
        var c = LoadCases(OwnCases).Single(x => x.Id == "eamc-hot-10k-cramp-clear-headed");
        var result = CaseInterview.Run(Engine, c);
        var evidence = result.QuestionIds.Aggregate(Evidence.Empty,
            (e, id) => Answers.FromCase(Engine.Kb, e, Engine.Kb.Questions.Single(q => q.Id == id), c.Facts));
        var level = Assessor.Default.Assess(evidence).Triage.Level;
        foreach (var q in Engine.Kb.Questions.Where(q => !Engine.IsAnswered(q, evidence) && q.Type == QuestionType.YesNo))
        {
            foreach (var v in new[] { FactValue.Yes, FactValue.No })
            {
                Assert.Equal(level, Assessor.Default.Assess(evidence.With(q.SetsFacts[0], v)).Triage.Level);
            }
        }

        Assert.True(Engine.Next(evidence).ShouldStop);
    }

    [Fact]
    public void Next_ChestPainMentionedUpFront_StaysAnEmergency()
    {
        var evidence = Facts("chest_pain", "cramp", "location=calf");
        var step = Engine.Next(evidence);
        Assert.Equal(TriageLevel.EmergencyAmbulance, step.Assessment.Triage.Level);
    }

    [Fact]
    public void Apply_BadAnswer_NamesQuestionAndExpectation()
    {
        var q = Engine.Kb.Questions.Single(x => x.Id == "q_age");
        var result = Answers.Apply(Engine.Kb, Evidence.Empty, q, ["old"]);
        var error = Assert.Single(result.Errors);
        Assert.Equal("q_age", error.Field);
        Assert.Contains("number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DontKnow_MarksQuestionAnsweredWithoutKnowing()
    {
        var q = Engine.Kb.Questions.Single(x => x.Id == "q_tinel");
        var e = Answers.Apply(Engine.Kb, Evidence.Empty, q, [Answers.Unknown]).Value;
        Assert.True(Engine.IsAnswered(q, e));
        Assert.False(e.IsKnown("tapping_inner_ankle_tingles"));
    }
}
