namespace LegCheck.Cli;

/// <summary>The exit statuses, as git and dotnet use them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but failed, or some of its inputs did (one bad case file, one broken FIT file).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing or out-of-range value.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted with Ctrl-C (128 + SIGINT), and only then.</summary>
    public const int Interrupted = 130;
}
