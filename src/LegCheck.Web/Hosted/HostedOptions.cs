using System.Net;

namespace LegCheck.Web.Hosted;

/// <summary>
/// How a hosted LegCheck runs: the PostgreSQL database every web node shares, the proxies it trusts, whether plain
/// HTTP is refused, and the rate limits. Read once at start-up; local mode (the default) has none of it.
/// </summary>
internal sealed record HostedOptions
{
    /// <summary>Configuration key of the mode: <c>Hosted</c> or <c>Local</c> (the default). <c>--hosted</c> sets it.</summary>
    public const string ModeKey = "LegCheck:Mode";

    public const string DatabaseVariable = "LEGCHECK_DATABASE";

    public required string ConnectionString { get; init; }

    /// <summary>Refuse plain HTTP (redirect where an HTTPS port is known) and send HSTS; on by default outside Development.</summary>
    public bool RequireHttps { get; init; } = true;

    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; loopback always is.</summary>
    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    public IReadOnlyList<IPNetwork> KnownNetworks { get; init; } = [];

    /// <summary>Host names served (host filtering); <c>*</c> unless <c>LegCheck:AllowedHosts</c> says otherwise.</summary>
    public string AllowedHosts { get; init; } = "*";

    public HostedRateLimitOptions RateLimits { get; init; } = new();

    /// <summary>
    /// <c>--hosted</c> is a switch, but the command-line configuration reads every <c>--name</c> as taking a value
    /// (it would swallow the next argument); it becomes <c>--LegCheck:Mode=Hosted</c> here.
    /// </summary>
    public static string[] NormalizeArgs(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Select(a => a is "--hosted" or "/hosted" ? $"--{ModeKey}=Hosted" : a)];
    }

    /// <summary>
    /// Hosted when <c>--hosted</c> or <c>LegCheck:Mode=Hosted</c>, or a database is named (<c>--database</c>,
    /// <c>LegCheck:Database</c>, LEGCHECK_DATABASE) without <c>LegCheck:Mode=Local</c>; null for local mode.
    /// </summary>
    /// <exception cref="StartupException">Hosted mode without a database, or a setting that cannot be read.</exception>
    public static HostedOptions? From(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = First(configuration["database"], configuration["LegCheck:Database"], Environment.GetEnvironmentVariable(DatabaseVariable));
        var mode = configuration[ModeKey];
        var hosted = mode switch
        {
            null or "" => database is not null,
            _ when mode.Equals("Hosted", StringComparison.OrdinalIgnoreCase) => true,
            _ when mode.Equals("Local", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw new StartupException($"{ModeKey}: expected Hosted or Local, got '{mode}'"),
        };
        if (!hosted)
        {
            return null;
        }

        if (database is null)
        {
            throw new StartupException(
                $"hosted mode needs its PostgreSQL database: --database \"Host=…;Database=…;Username=…;Password=…\" or {DatabaseVariable}");
        }

        return new HostedOptions
        {
            ConnectionString = database,
            RequireHttps = configuration.GetValue("LegCheck:RequireHttps", !isDevelopment),
            KnownProxies = [.. List(configuration["LegCheck:KnownProxies"]).Select(p => IPAddress.TryParse(p, out var ip) ? ip : throw NotAnAddress("LegCheck:KnownProxies", p))],
            KnownNetworks = [.. List(configuration["LegCheck:KnownNetworks"]).Select(n => IPNetwork.TryParse(n, out var net) ? net : throw NotAnAddress("LegCheck:KnownNetworks", n))],
            AllowedHosts = First(configuration["LegCheck:AllowedHosts"]) ?? "*",
            RateLimits = HostedRateLimitOptions.From(configuration),
        };
    }

    private static StartupException NotAnAddress(string key, string text) =>
        new($"{key}: '{text}' is not an IP address or network (such as 10.0.0.5 or 10.0.0.0/8)");

    private static IEnumerable<string> List(string? text) =>
        (text ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}

/// <summary>Requests a minute: per signed-in user on the diary, per client on assess and interview, and on sign-in and sign-up.</summary>
internal sealed record HostedRateLimitOptions
{
    public int DiaryPerUser { get; init; } = 600;

    public int AssessPerClient { get; init; } = 120;

    /// <summary>Login, register and the password endpoints, per client: slows password guessing.</summary>
    public int LoginPerClient { get; init; } = 10;

    public static HostedRateLimitOptions From(IConfiguration configuration)
    {
        var defaults = new HostedRateLimitOptions();
        return new HostedRateLimitOptions
        {
            DiaryPerUser = Positive(configuration, "DiaryPerUser", defaults.DiaryPerUser),
            AssessPerClient = Positive(configuration, "AssessPerClient", defaults.AssessPerClient),
            LoginPerClient = Positive(configuration, "LoginPerClient", defaults.LoginPerClient),
        };
    }

    private static int Positive(IConfiguration configuration, string name, int fallback)
    {
        var key = $"LegCheck:RateLimits:{name}";
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new StartupException($"{key}: expected a whole number of requests a minute (1 or more), got '{text}'");
    }
}
