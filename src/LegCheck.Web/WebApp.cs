using System.Text.Json;
using LegCheck.Core.Engine;
using LegCheck.Core.Interview;
using LegCheck.Diary.Import;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Storage.Sqlite;
using LegCheck.Web.Api;
using LegCheck.Web.Components;
using LegCheck.Web.Features.Assess;
using LegCheck.Web.Features.Diary;
using LegCheck.Web.Features.Health;
using LegCheck.Web.Features.Interview;
using LegCheck.Web.Features.Knowledge;
using LegCheck.Web.Features.Search;
using LegCheck.Web.Hosted;
using LegCheck.Web.Pages;
using Microsoft.AspNetCore.DataProtection;

namespace LegCheck.Web;

/// <summary>
/// Builds the LegCheck web application: the stateless JSON API under <c>/api/v1</c>, its OpenAPI document,
/// and the browser interview and condition library. Everything runs on the loopback interface only,
/// because the data is about someone's health and nothing should leave the machine.
/// </summary>
internal static class WebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>Largest request body accepted, API and forms alike; a case is a few hundred bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Most fields a form may have (ASP.NET Core's default); a page posts about twenty.</summary>
    public const int MaxFormFields = 1024;

    /// <summary>Host names accepted in local mode: the names of loopback, so a page on another site cannot rebind to this server.</summary>
    public const string LocalHosts = "localhost;127.0.0.1;[::1]";

    /// <summary>
    /// Builds the app without starting it; <c>--urls http://127.0.0.1:0</c> picks a free port.
    /// <paramref name="configure"/> runs just before the app is built (tests add a log recorder there).
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = Hosted.HostedOptions.NormalizeArgs(args),
            // appsettings.json sits next to the assembly, wherever the process was started from.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Local mode (no configuration) serves this machine only; hosted mode binds and serves where it is configured.
        var hosted = Hosted.HostedOptions.From(builder.Configuration, builder.Environment.IsDevelopment());
        ConfigureServer(builder, hosted);
        ConfigureLogging(builder);
        AddEngineAndDiary(builder, hosted);
        AddApiAndPages(builder, hosted);
        configure?.Invoke(builder);
        var app = builder.Build();
        UsePipeline(app, hosted);
        MapEndpoints(app, hosted);
        return app;
    }

    /// <summary>Where the server listens and what it accepts: loopback only in local mode, the configured hosts when hosted.</summary>
    private static void ConfigureServer(WebApplicationBuilder builder, HostedOptions? hosted)
    {
        var urls = builder.Configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            urls = DefaultUrl;
            builder.WebHost.UseUrls(urls);
        }

        if (hosted is null)
        {
            LoopbackGuard.Check(urls);
            LoopbackGuard.CheckConfiguration(builder.Configuration);
            if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
            {
                builder.Configuration["AllowedHosts"] = LocalHosts;
            }
        }
        else
        {
            builder.Configuration["AllowedHosts"] = hosted.AllowedHosts;
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
            k.Limits.MaxRequestLineSize = UrlLength.KestrelLimit;
            k.AddServerHeader = false;
        });

        // Whatever bound the server (--urls, ASPNETCORE_URLS, Kestrel:Endpoints), the bound addresses are checked.
        if (hosted is null)
        {
            builder.Services.AddHostedService<LoopbackBindingCheck>();
        }

        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = MaxFormFields);
    }

    /// <summary>Where the logs go and how quiet the framework is.</summary>
    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        // Logs are diagnostics, not output: all of them go to standard error.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // Request logs would carry URLs and timings only, but symptoms must never reach a log: keep the framework quiet.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // A start-up failure (such as a port in use) is reported by Program in one line, without the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
    }

    /// <summary>The engine, the knowledge views and, in local mode, the diary file.</summary>
    private static void AddEngineAndDiary(WebApplicationBuilder builder, HostedOptions? hosted)
    {
        builder.Services.AddSingleton(Assessor.Default);
        builder.Services.AddSingleton(sp => new InterviewEngine(sp.GetRequiredService<Assessor>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new KnowledgeCatalog(sp.GetRequiredService<Assessor>().Kb));
        builder.Services.AddSingleton<LibrarySearch>();
        builder.Services.AddSingleton<Pages.InterviewLink>();
        builder.Services.AddSingleton<Pages.DescribeLink>();
        builder.Services.AddSingleton(sp => new AssessmentPresenter(sp.GetRequiredService<Assessor>().Kb));
        builder.Services.AddSingleton(DiaryWebOptions.From(builder.Configuration, hosted is not null));
        builder.Services.AddSingleton<DiaryUploads>();

        // The diary seam: the local file, read, written and imported into by the one local user. Everything else in
        // the web reaches the diary only through IDiaryStore and IDiaryImports (see the architecture tests).
        if (hosted is null)
        {
            builder.Services.AddSingleton(sp => new SqliteDiaryStore(sp.GetRequiredService<DiaryWebOptions>().DbPath));
            builder.Services.AddSingleton<IDiaryStore>(sp => sp.GetRequiredService<SqliteDiaryStore>());
            builder.Services.AddSingleton<IDiaryImports>(sp => new SqliteDiaryImports(sp.GetRequiredService<SqliteDiaryStore>(), sp.GetRequiredService<TimeProvider>()));
            builder.Services.AddSingleton(new CurrentUser(LocalUser.Id));
        }
    }

    /// <summary>JSON, problem details, the OpenAPI document, the pages and data protection (the accounts' services when hosted).</summary>
    private static void AddApiAndPages(WebApplicationBuilder builder, HostedOptions? hosted)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<UnexpectedExceptionHandler>();
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "LegCheck API";
                doc.Info.Description = ApiDescription.Text;
                return Task.CompletedTask;
            });
            OpenApiTruth.Configure(o);
        });
        builder.Services.AddRazorComponents();
        if (hosted is null)
        {
            // Antiforgery needs data protection; keys live in memory only, so nothing is written to disk.
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        }
        else
        {
            WebAppHosted.AddServices(builder, hosted);
        }
    }

    /// <summary>The middleware, in order: errors, URL length, status pages, headers, then access and antiforgery.</summary>
    private static void UsePipeline(WebApplication app, HostedOptions? hosted)
    {
        if (hosted is not null)
        {
            WebAppHosted.EnsureKeys(app);
            app.UseHostedFront(hosted);
        }

        app.UseExceptionHandler();
        app.UseUrlLengthLimit();
        app.UseStatusPages();
        app.UseSiteHeaders();
        if (hosted is not null)
        {
            WebAppHosted.UseAccess(app);
        }

        app.UseAntiforgery();
    }

    /// <summary>The API, the pages and the assets.</summary>
    private static void MapEndpoints(WebApplication app, HostedOptions? hosted)
    {
        app.MapOpenApi();
        app.MapHealth();

        // Hosted, assessing and interviewing are limited per client; the diary per account (below).
        IEndpointRouteBuilder checks = hosted is null ? app : app.MapGroup("").RequireRateLimiting(Hosted.HostedRateLimits.PerClient);
        checks.MapAssess();
        checks.MapInterview();
        app.MapKnowledge();
        app.MapSearch();
        var diaryApi = app.MapDiaryApi();
        app.MapAssets();
        app.MapInterviewPages();
        var diaryPages = Pages.Diary.DiaryPages.MapDiaryPages(app);
        if (hosted is not null)
        {
            WebAppHosted.MapEndpoints(app, diaryApi, diaryPages);
        }

        Features.Handoff.SummaryPdfEndpoint.MapSummaryPdf(app);
        Features.Settings.RegionSetting.MapRegionSetting(app);
        app.MapRazorComponents<App>();
    }
}
