using LegCheck.Diary.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace LegCheck.Web.Tests.Diary;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with its own diary file in a temporary folder (never the runner's), a clock
/// stopped at 2026-11-22 09:00 UTC and the US Pacific zone (01:00 local, eight hours behind, so local and UTC dates
/// differ for an evening run). Upload limits are small so tests
/// can pass them: <see cref="MaxUploadBytes"/> and <see cref="MaxUploadFiles"/>.
/// </summary>
public sealed class DiaryWebFixture : IAsyncLifetime
{
    public const long MaxUploadBytes = 8L * 1024 * 1024;
    public const int MaxUploadFiles = 60;

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private WebApplication? app;

    public DiaryWebFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "legcheck-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Time.SetUtcNow(Now);
        Time.SetLocalTimeZone(Zones.Pacific);
    }

    public string Folder { get; }

    public string Db => Path.Combine(Folder, "legcheck.db");

    public FakeTimeProvider Time { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    internal CapturingLoggerProvider Logs { get; } = new();

    public async Task InitializeAsync()
    {
        app = WebApp.Create(
            ["--urls", "http://127.0.0.1:0", "--db", Db, $"--Diary:MaxUploadBytes={MaxUploadBytes}", $"--Diary:MaxUploadFiles={MaxUploadFiles}"],
            builder =>
            {
                builder.Logging.AddProvider(Logs);
                builder.Services.AddSingleton<TimeProvider>(Time);
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Empties the diary, so a test starts from nothing whatever ran before it.</summary>
    public void Erase()
    {
        using var db = DiaryDatabase.Open(Db);
        db.EraseEverything();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
