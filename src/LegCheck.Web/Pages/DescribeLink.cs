using Microsoft.AspNetCore.DataProtection;

namespace LegCheck.Web.Pages;

/// <summary>
/// The "Is this what you mean?" page as an address of its own, so that Back and Reload after describing the symptoms
/// show the page again instead of asking to resubmit the form; the text travels sealed (<see cref="SealedToken"/>).
/// </summary>
public sealed class DescribeLink(IDataProtectionProvider provider)
{
    public const string Path = "/describe";
    public const string Query = "d";

    private readonly SealedToken _token = new(provider, "LegCheck.Describe.v1", InterviewLink.Lifetime);

    public string For(string text) =>
        $"{Path}?{Query}={_token.Seal(new Dictionary<string, string?>(StringComparer.Ordinal) { ["text"] = text })}";

    /// <summary>The text the address carries, or null when it was altered or has expired.</summary>
    public string? Read(string token) => _token.Open(token)?.GetValueOrDefault("text");
}
