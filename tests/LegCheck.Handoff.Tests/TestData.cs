using System.Globalization;
using LegCheck.Activities;
using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using LegCheck.Diary.Model;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LegCheck.Handoff.Tests;

/// <summary>The repository's cases as handoff inputs, a clock in a non-UTC zone, and diary records for training tests.</summary>
internal static class TestData
{
    public static KnowledgeBase Kb => Assessor.Default.Kb;

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("LegCheck.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static IReadOnlyList<string> CaseFiles =>
        Directory.GetFiles(Path.Combine(RepoRoot, "tests", "cases"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    /// <summary>Every case file name, for theories; the name keeps a failure readable.</summary>
    public static TheoryData<string> CaseNames => new(CaseFiles.Select(Path.GetFileName).OfType<string>());

    public static Case Load(string fileName) =>
        CaseParser.Parse(File.ReadAllText(Path.Combine(RepoRoot, "tests", "cases", fileName)), fileName, Kb).Value;

    /// <summary>A case assessed at once under the closed world, as <c>legcheck assess</c> does.</summary>
    public static HandoffInput Assessed(string fileName)
    {
        var c = Load(fileName);
        return new HandoffInput
        {
            CaseId = c.Id,
            Answers = c.Facts,
            Assessment = Assessor.Default.Assess(c.Facts, AssessOptions.Default with { ClosedWorld = true }),
            ClosedWorld = true,
            Complaint = c.Summary,
        };
    }

    /// <summary>A case answered through the simulated interview, as <c>legcheck interview --case</c> does.</summary>
    public static HandoffInput Interviewed(string fileName)
    {
        var c = Load(fileName);
        var engine = new InterviewEngine(Assessor.Default);
        var evidence = Evidence.Empty;
        var asked = 0;
        while (engine.Next(evidence) is { ShouldStop: false, Next: { } next })
        {
            evidence = Answers.FromCase(Kb, evidence, next.Question, c.Facts);
            asked++;
        }

        return new HandoffInput
        {
            CaseId = "interview",
            Answers = evidence,
            Assessment = engine.Next(evidence).Assessment,
            QuestionsAsked = asked,
            Complaint = c.Summary,
        };
    }

    /// <summary>14:30 on 3 March 2026 in Berlin (UTC+01:00), so a summary that printed UTC would show 13:30.</summary>
    public static FakeTimeProvider BerlinClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 13, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        return clock;
    }

    public static RunRecord Run(string localDay, double km, long? shoeId = null, double minutes = 40)
    {
        var local = DateTime.ParseExact(localDay + "T07:00", "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var offset = TimeSpan.FromHours(1);
        var start = new DateTimeOffset(local, offset).ToUniversalTime();
        var id = Interlocked.Increment(ref _nextId);
        return new RunRecord
        {
            Id = id,
            Activity = new Activity
            {
                Sport = ActivitySport.Running,
                StartUtc = start,
                UtcOffset = offset,
                DistanceMeters = km * 1000,
                MovingTime = TimeSpan.FromMinutes(minutes),
                ElapsedTime = TimeSpan.FromMinutes(minutes),
                Key = $"test:{id}",
            },
            UtcOffset = offset,
            FileName = $"run{id}.gpx",
            ImportedAt = start,
            ShoeId = shoeId,
        };
    }

    private static long _nextId = 1000;
}
