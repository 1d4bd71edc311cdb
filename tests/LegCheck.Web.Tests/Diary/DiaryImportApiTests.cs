using System.Net;
using System.Text;
using System.Text.Json;
using LegCheck.Web.Tests.Api;
using Xunit;

namespace LegCheck.Web.Tests.Diary;

/// <summary>
/// <c>POST /api/v1/diary/import</c> on a real Kestrel: the vendored activity files give the diary the CLI gives them,
/// and limits and bad files are Problem Details, never a 500, while the good files of the same upload still import.
/// </summary>
public sealed class DiaryImportApiTests(DiaryWebFixture web) : IClassFixture<DiaryWebFixture>, IDisposable
{
    private const string Import = "/api/v1/diary/import";

    private readonly string cliDb = Path.Combine(web.Folder, $"cli-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var file in new[] { cliDb, cliDb + "-wal", cliDb + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Import_VendoredFitFiles_GivesTheCliTrainingJson()
    {
        web.Erase();

        using var response = await web.Client.PostAsync(Import, Samples.Upload(Samples.FitFiles));
        var report = await ProblemAssert.JsonAsync(response);
        var (exit, _, _) = Cli.Run(web.Time, ["import", .. Samples.FitFiles, "--db", cliDb]);
        var cli = Cli.Run(web.Time, "training", "--json", "--db", cliDb);
        var api = await web.Client.GetStringAsync("/api/v1/diary/training");

        Assert.Equal(1, exit); // the corpus holds broken files on purpose
        Assert.Equal(0, cli.Exit);
        Assert.True(report.GetProperty("imported").GetInt32() > 5, report.ToString());
        Assert.True(JsonDocument.Parse(api).RootElement.GetProperty("weeks").GetArrayLength() > 0);
        Assert.Equal(cli.Out.TrimEnd(), api.TrimEnd());
    }

    [Fact]
    public async Task Import_VendoredFitFiles_ListsTheRunsAndShoesTheCliLists()
    {
        web.Erase();

        using var response = await web.Client.PostAsync(Import, Samples.Upload(Samples.FitFiles));
        await ProblemAssert.JsonAsync(response);
        Cli.Run(web.Time, ["import", .. Samples.FitFiles, "--db", cliDb]);

        Assert.Equal(Cli.Run(web.Time, "runs", "list", "--json", "--db", cliDb).Out.TrimEnd(), await web.Client.GetStringAsync("/api/v1/diary/runs"));
        Assert.Equal(Cli.Run(web.Time, "triggers", "--json", "--db", cliDb).Out.TrimEnd(), (await web.Client.GetStringAsync("/api/v1/diary/triggers")).TrimEnd());
        Assert.Equal(Cli.Run(web.Time, "shoes", "list", "--json", "--db", cliDb).Out.TrimEnd(), await web.Client.GetStringAsync("/api/v1/diary/shoes"));
    }

    [Fact]
    public async Task Import_BadFileBesideGoodOnes_ImportsTheGoodAndNamesTheBad()
    {
        web.Erase();
        var good = Samples.File("activity-small-fenix2-run.fit");

        using var response = await web.Client.PostAsync(Import, Samples.Upload(
            ("junk.fit", Encoding.UTF8.GetBytes("this is not a FIT file at all")),
            (Path.GetFileName(good), await File.ReadAllBytesAsync(good)),
            ("broken.zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3])));
        var report = await ProblemAssert.JsonAsync(response);

        var files = report.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("result").GetString());
        Assert.Equal("error", files["junk.fit"]);
        Assert.Equal("error", files["broken.zip"]);
        Assert.Equal("imported", files["activity-small-fenix2-run.fit"]);
        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        Assert.Equal(2, report.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Import_OnlyBadFiles_Is422NamingEachFile()
    {
        using var response = await web.Client.PostAsync(Import, Samples.Upload(
            ("junk.gpx", Encoding.UTF8.GetBytes("<notgpx")),
            ("cut.fit", (await File.ReadAllBytesAsync(Samples.File("activity-unexpected-eof.fit")))[..200])));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "junk.gpx");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("junk.gpx", out _));
        Assert.True(errors.TryGetProperty("cut.fit", out _));
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GzipAndZip_AreReadWithoutUnpacking()
    {
        web.Erase();
        var bytes = await File.ReadAllBytesAsync(Samples.File("activity-small-fenix2-run.fit"));
        using var gz = new MemoryStream();
        await using (var g = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await g.WriteAsync(bytes);
        }

        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("activities/2013.fit").OpenAsync();
            await entry.WriteAsync(await File.ReadAllBytesAsync(Samples.File("2013-02-06-12-11-14.fit")));
        }

        using var response = await web.Client.PostAsync(Import, Samples.Upload(("run.fit.gz", gz.ToArray()), ("export.zip", zip.ToArray())));
        var report = await ProblemAssert.JsonAsync(response);

        var files = report.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("result").GetString());
        Assert.Equal("imported", files["run.fit.gz"]);
        Assert.Equal("imported", files["export.zip/activities/2013.fit"]);
    }

    [Fact]
    public async Task Import_LargerThanTheLimit_Is413ProblemDetails()
    {
        // As a well-behaved client does with a large body: wait for the server's go-ahead, which a refusal never gives.
        using var request = new HttpRequestMessage(HttpMethod.Post, Import) { Content = Samples.Upload(("big.fit", new byte[DiaryWebFixture.MaxUploadBytes + 1])) };
        request.Headers.ExpectContinue = true;

        using var response = await web.Client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Contains("8 MiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_LargerThanTheLimitWithoutLength_Is413ProblemDetails()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(
            "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.fit\"\r\n\r\n" + new string('x', (int)DiaryWebFixture.MaxUploadBytes + 10) + "\r\n--b--\r\n")));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var request = new HttpRequestMessage(HttpMethod.Post, Import) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await web.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task Import_MoreFilesThanTheLimit_Is413ProblemDetails()
    {
        var files = Enumerable.Range(0, DiaryWebFixture.MaxUploadFiles + 1).Select(i => ($"{i}.gpx", new byte[] { 1 })).ToArray();

        using var response = await web.Client.PostAsync(Import, Samples.Upload(files));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "files");
    }

    [Fact]
    public async Task Import_NoFiles_Is400ProblemDetails()
    {
        using var content = new MultipartFormDataContent { { new StringContent("true"), "lenient" } };

        using var response = await web.Client.PostAsync(Import, content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "files");
    }

    [Fact]
    public async Task Import_JsonBody_Is415ProblemDetails()
    {
        using var response = await web.Client.PostAsync(Import, new StringContent("{}", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task Import_MalformedMultipart_Is400ProblemDetails()
    {
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.fit\"\r\n\r\nabc"));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        using var response = await web.Client.PostAsync(Import, content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task Import_FromAnotherSite_Is403AndStoresNothing()
    {
        web.Erase();
        using var request = new HttpRequestMessage(HttpMethod.Post, Import) { Content = Samples.Upload([Samples.File("activity-small-fenix2-run.fit")]) };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await web.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "origin");
        Assert.Equal("[]", await web.Client.GetStringAsync("/api/v1/diary/runs"));
    }

    [Fact]
    public async Task Import_PathInTheFileName_IsNotFollowed()
    {
        web.Erase();
        var bytes = await File.ReadAllBytesAsync(Samples.File("activity-small-fenix2-run.fit"));

        using var response = await web.Client.PostAsync(Import, Samples.Upload(("../../escape.fit", bytes)));
        var report = await ProblemAssert.JsonAsync(response);

        Assert.Equal("escape.fit", report.GetProperty("files")[0].GetProperty("file").GetString());
        Assert.False(File.Exists(Path.Combine(web.Folder, "escape.fit")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(web.Folder, "uploads")));
    }
}
