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
    public void Next_StopRule_NoSingleAnswerCanMakeItUrgentWhenStopped()
    {
        var c = LoadCases(OwnCases).Single(x => x.Id == "eamc-hot-10k-cramp-clear-headed");
        var result = CaseInterview.Run(Engine, c);
        var evidence = result.QuestionIds.Aggregate(Evidence.Empty,
            (e, id) => Answers.FromCase(Engine.Kb, e, Engine.Kb.Questions.Single(q => q.Id == id), c.Facts));
        var level = Engine.Result(evidence).Triage.Level;
        Assert.Equal(result.Assessment.Triage.Level, level);
        foreach (var q in Engine.Kb.Questions.Where(q => !Engine.IsAnswered(q, evidence)))
        {
            foreach (var f in q.SetsFacts.Where(f => Engine.Kb.Facts[f].Type == FactType.Bool))
            {
                var raised = Engine.Result(evidence.With(f, FactValue.Yes)).Triage.Level;
                Assert.True(raised <= level || raised < TriageLevel.Consultation24, $"{f} yes would raise {level} to {raised}");
            }
        }

        Assert.True(Engine.Next(evidence).ShouldStop);
    }

    [Fact]
    public void Next_Preview_IsTheResultIfTheInterviewEndedNow()
    {
        var evidence = Facts("cramp=yes", "location=calf", "onset_during_run=yes");
        var step = Engine.Next(evidence);
        var closed = Assessor.Default.Assess(evidence, AssessOptions.Default with { ClosedWorld = true });
        Assert.Equal(closed.Triage.Level, step.Assessment.Triage.Level);
        Assert.Equal(closed.Conditions[0].Condition.Id, step.Assessment.Conditions[0].Condition.Id);
        Assert.Equal(closed.Conditions[0].Probability, step.Assessment.Conditions[0].Probability, 12);
    }

    [Fact]
    public void Next_Opening_AsksWhatWhereWhenFirst()
    {
        var asked = new List<string>();
        var evidence = Evidence.Empty;
        for (var i = 0; i < 3; i++)
        {
            var step = Engine.Next(evidence);
            asked.Add(step.Next!.Question.Id);
            evidence = Answers.FromCase(Engine.Kb, evidence, step.Next.Question, Facts("cramp=yes", "location=foot_sole", "onset_at_night=yes"));
        }

        Assert.Equal(["q_feel", "q_where", "q_when"], asked);
    }

    [Fact]
    public void Next_AfterOpening_ScreensForAlarmSignsBeforeAnythingElse()
    {
        var evidence = Evidence.Empty;
        var runner = Facts("cramp=yes", "location=calf", "onset_during_run=yes");
        var asked = new List<string>();
        for (var step = Engine.Next(evidence); !step.ShouldStop && asked.Count < 6; step = Engine.Next(evidence))
        {
            asked.Add(step.Next!.Question.Id);
            evidence = Answers.FromCase(Engine.Kb, evidence, step.Next.Question, runner);
        }

        Assert.Equal(Engine.Kb.Interview.Screens.Order(StringComparer.Ordinal), asked.Skip(3).Take(Engine.Kb.Interview.Screens.Count).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Next_CrampsOnlyInBed_NeverAsksAboutTrainingOrTheRunItself()
    {
        var c = LoadCases(OwnCases).Single(x => x.Id == "nocturnal-woke-at-3am-after-32k");
        var asked = CaseInterview.Run(Engine, c).QuestionIds;
        Assert.DoesNotContain("q_mileage", asked);
        Assert.DoesNotContain("q_training", asked);
        Assert.DoesNotContain("q_fuel", asked);
    }

    [Fact]
    public void Next_PainfulCalf_AsksClotRisksBeforeStopping()
    {
        var runner = Facts("pain=yes", "location=calf", "onset_after_run=yes");
        var c = new Case("calf", null, runner, null);
        Assert.Contains("q_history", CaseInterview.Run(Engine, c).QuestionIds);
    }

    [Fact]
    public void Next_BothLegs_AsksTheBackBeforeStopping()
    {
        var c = new Case("both", null, Facts("weakness=yes", "numbness=yes", "location=foot_sole", "side=both", "onset_at_rest=yes"), null);
        var asked = CaseInterview.Run(Engine, c).QuestionIds;
        Assert.Contains("q_back", asked);
        Assert.Contains("q_alarm_body", asked);
    }

    [Fact]
    public void Next_EmergencyEstablished_OffersToFinishAndAsksLittleMore()
    {
        var evidence = Facts("chest_pain=yes", "short_of_breath=yes", "cramp=yes", "location=calf");
        var step = Engine.Next(evidence);
        Assert.True(step.CanFinishNow);
        Assert.Equal(TriageLevel.EmergencyAmbulance, step.Assessment.Triage.Level);
        var asked = new List<string>();
        for (var e = evidence; Engine.Next(e) is { ShouldStop: false } next; asked.Add(next.Next!.Question.Id))
        {
            e = Answers.FromCase(Engine.Kb, e, next.Next!.Question, evidence);
        }

        // Beyond first aid, only the alarm screens and a few questions that could change the leading cause; never the opening.
        var guide = Engine.Kb.Interview;
        Assert.True(asked.Count <= InterviewOptions.Default.EmergencyQuestions + guide.FirstAid.Count + guide.Screens.Count, $"{asked.Count} more questions after the emergency was clear: {string.Join(", ", asked)}");
        Assert.DoesNotContain(asked, guide.Opening.Contains);
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
    public void Apply_TickOnAFactAnsweredBefore_SetsItYes()
    {
        var q = Engine.Kb.Questions.Single(x => x.Id == "q_alarm_body");
        var before = Facts("chest_pain=no", "dizziness=yes");
        var e = Answers.Apply(Engine.Kb, before, q, ["chest_pain"]).Value;
        Assert.True(e.IsYes("chest_pain"));
        Assert.True(e.IsYes("dizziness"), "a fact not offered and not ticked keeps its value");
        Assert.Equal(FactValueKind.No, e["short_of_breath"].Kind);
        Assert.Equal(TriageLevel.EmergencyAmbulance, Engine.Result(e).Triage.Level);
    }

    [Fact]
    public void Next_FactAnsweredBefore_IsNotOffered()
    {
        var evidence = Facts("cramp=yes", "numbness=no", "tingling=no", "burning=no", "pain=no", "tightness=no", "weakness=no", "swelling=no",
            "location=calf", "onset_during_run=yes", "onset_after_run=no", "onset_at_rest=no", "onset_at_night=no", "chest_pain=no");
        var step = Engine.Next(evidence);
        Assert.Equal("q_alarm_body", step.Next!.Question.Id);
        Assert.DoesNotContain(step.Next.Options, o => o.Value == "chest_pain");
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
