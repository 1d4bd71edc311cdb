using System.Globalization;
using System.Text;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using LegCheck.Testing;
using Xunit;
using Xunit.Abstractions;

namespace LegCheck.Core.Tests.Interview;

/// <summary>
/// Pins every interview, step by step, to the transcripts the reference engine wrote: each question asked, its
/// information gain (to nine decimals) and rationale, the stop reason, and the final triage and probabilities. Speed
/// work on the question selection must leave all of it as it was, over every case folder and generated runners.
/// A deliberate change of behaviour rewrites the file with LEGCHECK_APPROVE_TRANSCRIPTS=1 and commits it, so the
/// diff shows which interviews changed.
/// </summary>
public sealed class InterviewTranscriptTests(ITestOutputHelper output)
{
    /// <summary>Fixed so the generated runners are the same on every run, and printed so a failure names them.</summary>
    private const int RunnerSeed = 20261210;

    private const int GeneratedRunners = 120;

    private static string Approved => Path.Combine(TestData.RepoRoot, "tests", "LegCheck.Core.Tests", "Interview", "InterviewTranscripts.approved.txt");

    [Fact]
    public void Next_EveryCaseAndGeneratedRunner_MatchesApprovedTranscript()
    {
        output.WriteLine($"runner seed {RunnerSeed}");
        var actual = Transcripts();
        if (Environment.GetEnvironmentVariable("LEGCHECK_APPROVE_TRANSCRIPTS") == "1")
        {
            File.WriteAllText(Approved, actual);
        }

        var expected = File.ReadAllText(Approved).ReplaceLineEndings("\n").Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, lines.Length); i++)
        {
            var (e, a) = (i < expected.Length ? expected[i] : "<none>", i < lines.Length ? lines[i] : "<none>");
            Assert.True(e == a, $"transcript line {i + 1} differs (runner seed {RunnerSeed}):\nexpected {e}\nactual   {a}");
        }
    }

    private static string Transcripts()
    {
        var kb = KnowledgeLoader.Default;
        var engine = new InterviewEngine(Assessor.Default);
        var runners = new List<(string Id, Evidence Facts)>();
        foreach (var dir in new[] { TestData.OwnCases, TestData.Probes })
        {
            runners.AddRange(TestData.LoadCases(dir).Select(c => ($"{Path.GetFileName(dir)}/{c.Id}", c.Facts)));
        }

        // Whole runners answer every fact; partial ones leave most unmentioned, as a case file does.
        var random = new Random(RunnerSeed);
        var (whole, partial) = (new WholeRunnerGenerator(kb), new RunnerGenerator(kb));
        for (var i = 0; i < GeneratedRunners; i++)
        {
            runners.Add(($"whole/{i}", whole.Draw(random)));
            runners.Add(($"partial/{i}", partial.Draw(random)));
        }

        var text = new StringBuilder();
        foreach (var (id, facts) in runners)
        {
            text.Append(id).Append('\n');
            var evidence = Evidence.Empty;
            while (true)
            {
                var step = engine.Next(evidence);
                if (step.ShouldStop || step.Next is null)
                {
                    var a = step.Assessment;
                    text.Append(CultureInfo.InvariantCulture, $"  stop {step.QuestionsAsked} {step.Reason} | {a.Triage.Level.ToId()} | ");
                    text.AppendJoin(' ', a.Conditions.Take(5).Select(c => $"{c.Condition.Id}={Digits(c.Probability)}"));
                    text.Append('\n');
                    break;
                }

                var next = step.Next;
                text.Append(CultureInfo.InvariantCulture,
                    $"  ask {next.Question.Id} gain={Digits(next.InformationGain)} safety={next.SafetyCritical} options={string.Join(",", next.Options.Select(o => o.Value))} | {step.Assessment.Triage.Level.ToId()} | {step.Reason} | {next.Rationale}\n");
                evidence = Answers.FromCase(kb, evidence, next.Question, facts);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Nine decimals, and the five leading causes: the evidence is a hashed dictionary whose order, and so the rounding of sums over
    /// it, changes from one process to the next in the last bits (string hashes are seeded per process); every
    /// question, reason and level is still compared exactly.
    /// </summary>
    private static string Digits(double x) => x.ToString("F9", CultureInfo.InvariantCulture);
}
