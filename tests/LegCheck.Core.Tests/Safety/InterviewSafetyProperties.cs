using Xunit;
using Xunit.Abstractions;
using FsCheck;
using FsCheck.Fluent;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using LegCheck.Testing;

namespace LegCheck.Core.Tests.Safety;

/// <summary>
/// The interview against <c>assess</c> over generated runners: each runner answers the interview's questions from
/// their own facts, and the result is compared with <c>assess</c> on every question answered the same way (the
/// runner's full facts as the interview would have recorded them). Fixed seed plus a fresh one, printed on failure.
/// </summary>
public class InterviewSafetyProperties(ITestOutputHelper output)
{
    private static readonly KnowledgeBase Kb = KnowledgeLoader.Default;
    private static readonly InterviewEngine Engine = new(Assessor.Default);
    private static readonly RunnerGenerator Generator = new(Kb);
    private static readonly AssessOptions Closed = AssessOptions.Default with { ClosedWorld = true };

    private static readonly WholeRunnerGenerator WholeGenerator = new(Kb);

    private static Arbitrary<Evidence> WholeRunners => Gen.Choose(0, int.MaxValue).Select(seed => WholeGenerator.Draw(new Random(seed))).ToArbitrary();

    private static Arbitrary<Evidence> Runners => Gen.Choose(0, int.MaxValue).Select(seed => Generator.Draw(new Random(seed))).ToArbitrary();

    private const ulong FixedSeed = 20261210UL;

    private void CheckBothSeeds(Property property, int tests) => BothSeeds.Check(property, tests, FixedSeed, 4243UL, output);

    private static Evidence AllAnswered(Evidence runner) =>
        Kb.Questions.Aggregate(Evidence.Empty, (e, q) => Answers.FromCase(Kb, e, q, runner));

    /// <summary>
    /// The safety promise of the interview, at every level: a runner who answers each question from their own
    /// facts ends at least as urgent as <c>assess</c> on those facts, a routine visit included. The runners have an
    /// answer for every fact (<see cref="WholeRunnerGenerator"/>), so <c>assess</c> on them and on every question
    /// answered read the same, and only what the interview chose not to ask can make a difference.
    /// </summary>
    [Fact]
    public void Interview_WholeRunners_NeverLessUrgentThanAssessOnTheirFacts()
    {
        var property = Prop.ForAll(WholeRunners, runner =>
        {
            var full = Assessor.Default.Assess(runner, Closed).Triage.Level;
            var result = CaseInterview.Run(Engine, new Case("generated", null, runner, null));
            var level = result.Assessment.Triage.Level;
            return level >= full
                ? true.ToProperty()
                : false.Label($"interview {level.ToId()} < assess {full.ToId()} after {string.Join(", ", result.QuestionIds)} ({result.StopReason}) for: {runner}");
        });
        CheckBothSeeds(property, 150);
    }

    /// <summary>
    /// With every fact given, <c>assess</c> on the runner is <c>assess</c> on the answers to every question, so the
    /// property above compares the interview with an interview that asked everything.
    /// </summary>
    [Fact]
    public void WholeRunnerGenerator_Runner_AssessesAsEveryQuestionAnswered()
    {
        var property = Prop.ForAll(WholeRunners, runner =>
            Assessor.Default.Assess(runner, Closed).Triage.Level == Assessor.Default.Assess(AllAnswered(runner), Closed).Triage.Level);
        CheckBothSeeds(property, 200);
    }

    /// <summary>
    /// Fair means the property meets every urgency and every kind of answer: each level is what <c>assess</c> gives
    /// for at least 5% of runners (a generator that made nearly everyone an emergency would let an interview that
    /// stops at the first alarm sign pass); each yes/no fact is yes in 3-9% of runners, the most frequent at most
    /// twice the rarest; each value of a choice, each band of a number and each place of the body map turns up in
    /// its fair share, within a fifth; and "don't know" turns up for every fact.
    /// </summary>
    [Fact]
    public void WholeRunnerGenerator_Draws_EveryLevelAndAnswerInAFairShare()
    {
        var random = new Random(5);
        const int Count = 4000, Assessed = 800;
        var levels = new int[TriageLevels.All.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count1(string key) => seen[key] = seen.GetValueOrDefault(key) + 1;
        for (var i = 0; i < Count; i++)
        {
            var runner = WholeGenerator.Draw(random);
            if (i < Assessed)
            {
                levels[(int)Assessor.Default.Assess(runner, Closed).Triage.Level]++;
            }

            foreach (var (id, value) in runner.Values)
            {
                var fact = Kb.Facts[id];
                Count1(value.Kind switch
                {
                    FactValueKind.Unknown => $"{id}=unknown",
                    FactValueKind.Yes => $"{id}=yes",
                    FactValueKind.No => $"{id}=no",
                    FactValueKind.Number => $"{id}:{fact.BandOf(value.Number)}",
                    _ => $"{id}=given",
                });
                foreach (var choice in value.Kind == FactValueKind.Choice ? value.Choices : [])
                {
                    Count1($"{id}:{choice}");
                }
            }
        }

        double Share(string key) => (double)seen.GetValueOrDefault(key) / Count;
        output.WriteLine("assess levels: " + string.Join(", ", TriageLevels.All.Select((id, l) => $"{id} {(double)levels[l] / Assessed:P1}")));
        var rareLevels = TriageLevels.All.Where((_, l) => levels[l] < 0.05 * Assessed).ToList();
        Assert.True(rareLevels.Count == 0, "levels assess gives for under 5% of runners: " + string.Join(", ", rareLevels));

        var bools = Kb.Facts.Values.Where(f => f.Type == FactType.Bool).Select(f => Share(f.Id + "=yes")).ToList();
        var unfair = Kb.Facts.Values.Where(f => f.Type == FactType.Bool && Share(f.Id + "=yes") is < 0.03 or > 0.09).Select(f => $"{f.Id} {Share(f.Id + "=yes"):P1}").ToList();
        Assert.True(unfair.Count == 0, "yes/no facts yes outside 3-9% of runners: " + string.Join(", ", unfair));
        Assert.True(bools.Max() <= 2 * bools.Min(), $"yes shares range {bools.Min():P1} to {bools.Max():P1}, more than a factor of two");

        var expected = new List<(string Key, double Share)>();
        foreach (var fact in Kb.Facts.Values)
        {
            var given = 1 - WholeRunnerGenerator.DontKnow;
            expected.AddRange(fact.Type switch
            {
                FactType.Number => fact.Bands.Select(b => ($"{fact.Id}:{b.Id}", given / fact.Bands.Count)),
                FactType.Choice => fact.Values.Select(v => ($"{fact.Id}:{v}", given / fact.Values.Count)),
                FactType.MultiChoice => fact.Values.Select(v => ($"{fact.Id}:{v}", given * WholeRunnerGenerator.PlaceTicked)),
                _ => [],
            });
        }

        var skewed = expected.Where(e => Math.Abs(Share(e.Key) - e.Share) > e.Share / 5).Select(e => $"{e.Key} {Share(e.Key):P1} (fair {e.Share:P1})").ToList();
        Assert.True(skewed.Count == 0, "answers off their fair share by more than a fifth: " + string.Join(", ", skewed));
        var neverUnknown = Kb.Facts.Keys.Where(id => Share(id + "=unknown") == 0).ToList();
        Assert.True(neverUnknown.Count == 0, "facts never answered \"don't know\": " + string.Join(", ", neverUnknown));
    }

    [Fact]
    public void Interview_GeneratedRunners_ResultIsAssessOnTheAnswersGiven()
    {
        var property = Prop.ForAll(Runners, runner =>
        {
            var result = CaseInterview.Run(Engine, new Case("generated", null, runner, null));
            var answers = result.QuestionIds.Aggregate(Evidence.Empty, (e, id) => Answers.FromCase(Kb, e, Kb.Questions.Single(q => q.Id == id), runner));
            var assess = Assessor.Default.Assess(answers, Closed);
            return assess.Triage.Level == result.Assessment.Triage.Level
                && assess.Conditions[0].Condition.Id == result.Assessment.Conditions[0].Condition.Id;
        });
        CheckBothSeeds(property, 60);
    }

    [Fact]
    public void Interview_GeneratedRunners_StaysWithinTheQuestionLimit()
    {
        var property = Prop.ForAll(Runners, runner =>
        {
            var result = CaseInterview.Run(Engine, new Case("generated", null, runner, null));
            return (result.QuestionsAsked <= InterviewOptions.Default.SafetyCeiling).Label($"{result.QuestionsAsked} questions for: {runner}");
        });
        CheckBothSeeds(property, 60);
    }
}
