using System.Data.Common;
using LegCheck.Diary;
using LegCheck.Diary.Import;
using LegCheck.Diary.Postgres;
using LegCheck.Diary.Storage;
using LegCheck.Web.Features.Diary;
using LegCheck.Web.Hosted;
using LegCheck.Web.Pages.Account;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LegCheck.Web;

/// <summary>
/// The hosted mode's part of the composition root: every diary in one PostgreSQL database shared by stateless web
/// nodes, accounts with ASP.NET Core Identity, Data Protection keys in the database, rate limits, and the proxy and
/// HTTPS rules. Both schemas are migrated before the server starts, and a database that cannot be reached stops it.
/// </summary>
internal static class WebAppHosted
{
    /// <summary>The same on every node, so each reads what the others protected (tokens, cookies, antiforgery).</summary>
    public const string ApplicationName = "LegCheck";

    public static void AddServices(WebApplicationBuilder builder, HostedOptions hosted)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(hosted);
        var store = OpenDiaries(hosted.ConnectionString);
        MigrateAccounts(hosted.ConnectionString);

        // Each SQL statement would be an information line; failures still show.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(hosted);
        services.AddDbContext<HostedDbContext>(o => o.UseNpgsql(hosted.ConnectionString));
        services.AddSingleton(_ => store);
        services.AddSingleton<IDiaryStore>(sp => sp.GetRequiredService<PostgresDiaryStore>());
        services.AddSingleton<IDiaryImports>(sp => new StoreDiaryImports(sp.GetRequiredService<IDiaryStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHttpContextAccessor();
        services.AddScoped(sp => HostedUsers.Of(sp.GetRequiredService<IHttpContextAccessor>().HttpContext));
        services.AddHostedAuth();
        services.AddHostedRateLimits(hosted.RateLimits);
        services.AddHostedFront(hosted);
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<HostedDbContext>();
        services.ConfigureHttpJsonOptions(o => HostedJson.KeepIdentityNames(o.SerializerOptions));
    }

    /// <summary>Who may do what, and how often: after the site's own middleware, before antiforgery.</summary>
    public static void UseAccess(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
    }

    /// <summary>The diary's route groups require a signed-in account and are limited per account; the account's own endpoints and pages.</summary>
    public static void MapEndpoints(WebApplication app, RouteGroupBuilder diaryApi, RouteGroupBuilder diaryPages)
    {
        ArgumentNullException.ThrowIfNull(app);
        diaryApi.RequireAuthorization(HostedAuth.ApiPolicy).RequireRateLimiting(HostedRateLimits.PerUser);
        diaryPages.RequireAuthorization(HostedAuth.PagePolicy).RequireRateLimiting(HostedRateLimits.PerUser);
        app.MapAccountApi();
        app.MapAccountPages();
    }

    /// <summary>
    /// Makes sure the shared key ring has a key now, before any request: a node that started first creates it, and the
    /// others read it, so a token protected on one node opens on all.
    /// </summary>
    public static void EnsureKeys(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("LegCheck.StartUp").Protect([1]);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException or System.Security.Cryptography.CryptographicException)
        {
            throw new StartupException($"hosted mode: cannot read the Data Protection keys from the database ({OneLine(ex)})");
        }
    }

    private static PostgresDiaryStore OpenDiaries(string connectionString)
    {
        try
        {
            return PostgresDiaryStore.OpenAsync(connectionString).GetAwaiter().GetResult();
        }
        catch (DiaryException ex)
        {
            throw new StartupException($"hosted mode: {ex.Message.TrimEnd('.')}");
        }
    }

    private static void MigrateAccounts(string connectionString)
    {
        try
        {
            using var db = new HostedDbContext(new DbContextOptionsBuilder<HostedDbContext>().UseNpgsql(connectionString).Options);
            db.Database.Migrate();
        }
        catch (Exception ex) when (ex is DbException or TimeoutException)
        {
            throw new StartupException($"hosted mode: cannot migrate the account tables ({OneLine(ex)})");
        }
    }

    private static string OneLine(Exception ex) => ex.Message.ReplaceLineEndings(" ").TrimEnd('.');
}
