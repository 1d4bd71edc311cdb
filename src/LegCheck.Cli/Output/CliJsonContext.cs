using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LegCheck.Cli.Assess;

namespace LegCheck.Cli.Output;

/// <summary>
/// Compile-time JSON metadata for what the CLI itself prints with <c>--json</c> (the diary's and the contract's JSON
/// come from their own libraries): one compact line, snake_case fields, non-ASCII text left readable.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(WarningJson))]
[JsonSerializable(typeof(SettingsJson))]
[JsonSerializable(typeof(KbCheckJson))]
[JsonSerializable(typeof(EvalJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    public static CliJsonContext Compact { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>An error on standard error: the message, and the file it is about when there is one.</summary>
internal sealed record ErrorJson(string Error, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File);

internal sealed record WarningJson(string Warning);

internal sealed record SettingsJson(string Units);

/// <summary><c>kb check --json</c>: ok, and how many of each kind of entry (names snake_case, in the check's order).</summary>
internal sealed record KbCheckJson(bool Ok, Dictionary<string, int> Counts);
