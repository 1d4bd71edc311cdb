using System.Net;
using System.Text.Json;
using LegCheck.Activities;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Web.Tests.Api;
using Xunit;

namespace LegCheck.Web.Tests.Diary;

/// <summary>
/// The diary endpoints read through the store as the current user only: rows of another owner in the same file are
/// not listed, not found by id (404) and not deleted. Covers GET and DELETE of runs/{id}, episodes/{id}, shoes/{id},
/// and the runs, episodes, shoes, training and triggers lists.
/// </summary>
public sealed class DiaryOwnerScopeTests(DiaryWebFixture web) : IClassFixture<DiaryWebFixture>
{
    [Fact]
    public async Task DiaryEndpoints_AnotherOwnersRows_AreNotFoundNotListedAndNotDeleted()
    {
        web.Erase();
        long run, episode, shoe;
        using (var db = DiaryDatabase.Open(web.Db, "someone-else"))
        {
            shoe = db.Shoes.Add("Their shoe", new DateOnly(2026, 10, 1), isDefault: true).Id;
            run = db.Runs.Insert(TheirRun(shoe));
            episode = db.Episodes.Insert(new Episode
            {
                OccurredAt = new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero),
                RunId = run,
                Symptoms = ["calf_cramp"],
                LoggedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
            });
        }

        foreach (var path in new[] { $"runs/{run}", $"episodes/{episode}", $"shoes/{shoe}" })
        {
            using var get = await web.Client.GetAsync($"/api/v1/diary/{path}");
            await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound, "id");
            using var delete = await web.Client.DeleteAsync($"/api/v1/diary/{path}");
            await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound, "id");
        }

        foreach (var list in new[] { "runs", "episodes", "shoes" })
        {
            Assert.Equal(0, JsonDocument.Parse(await web.Client.GetStringAsync($"/api/v1/diary/{list}")).RootElement.GetArrayLength());
        }

        Assert.DoesNotContain("\"runs\":1", await web.Client.GetStringAsync("/api/v1/diary/training"), StringComparison.Ordinal);
        using var theirs = DiaryDatabase.Open(web.Db, "someone-else");
        Assert.Equal((1, 1, 1), (theirs.Runs.All().Count, theirs.Episodes.All().Count, theirs.Shoes.All().Count));
    }

    private static RunRecord TheirRun(long shoe) => new()
    {
        Activity = new Activity
        {
            Key = "test:their-run",
            Sport = ActivitySport.Running,
            StartUtc = new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero),
            DistanceMeters = 10_000,
            MovingTime = TimeSpan.FromMinutes(50),
        },
        UtcOffset = TimeSpan.Zero,
        FileName = "their.gpx",
        ImportedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
        ShoeId = shoe,
    };
}
