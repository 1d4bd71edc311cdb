using LegCheck.Web.Hosted;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace LegCheck.Web.Tests.Hosted;

/// <summary>
/// A fresh database on the real PostgreSQL server named by LEGCHECK_TEST_POSTGRES (.ci/run starts one), for one test
/// class, with hosted web nodes on real Kestrel at 127.0.0.1 sharing it; all dropped afterwards. Without the variable
/// the tests that need it are skipped, saying why; when it is set the server must answer.
/// </summary>
public sealed class HostedDatabase : IAsyncLifetime
{
    public const string Variable = "LEGCHECK_TEST_POSTGRES";

    private readonly string name = "legcheck_web_" + Guid.NewGuid().ToString("N");
    private readonly List<WebApplication> nodes = [];
    private readonly string uploads = Path.Combine(Path.GetTempPath(), "legcheck-tests", "uploads-" + Guid.NewGuid().ToString("N"));
    private bool created;

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();

    internal CapturingLoggerProvider Logs { get; } = new();

    public static void SkipWithoutServer() =>
        Skip.If(AdminConnectionString is null, $"{Variable} is not set: no PostgreSQL server to test the hosted mode against (.ci/run starts one).");

    /// <summary>
    /// A hosted node on a free port: plain HTTP allowed (the tests are their own proxy-less clients) and a login limit
    /// high enough for the test's own sign-ins unless <paramref name="extra"/> sets another.
    /// </summary>
    internal async Task<HostedNode> StartNodeAsync(params string[] extra)
    {
        SkipWithoutServer();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", "--hosted", "--database", ConnectionString, "--LegCheck:RequireHttps=false",
            "--LegCheck:RateLimits:LoginPerClient=1000", $"--LegCheck:UploadFolder={uploads}", .. extra,
        ];
        var app = WebApp.Create(args, builder => builder.Logging.AddProvider(Logs));
        nodes.Add(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HostedNode(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Runs one SQL query on this class's database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameter, value) in parameters)
        {
            command.Parameters.AddWithValue(parameter, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<(string Table, string Column)>> ColumnsNamedAsync(params string[] columns)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = ANY(@names) ORDER BY 1", connection);
        command.Parameters.AddWithValue("names", columns);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }

    public async Task InitializeAsync()
    {
        if (AdminConnectionString is null)
        {
            return;
        }

        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        created = true;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in nodes)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(uploads))
        {
            Directory.Delete(uploads, recursive: true);
        }
        if (!created)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>One running hosted web node.</summary>
internal sealed record HostedNode(WebApplication App, Uri BaseAddress)
{
    /// <summary>A client of this node that follows no redirects (the tests check where they point), optionally with a cookie jar.</summary>
    public HttpClient Client(System.Net.CookieContainer? cookies = null, string? bearer = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new() };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public HostedOptions Options => App.Services.GetRequiredService<HostedOptions>();
}
