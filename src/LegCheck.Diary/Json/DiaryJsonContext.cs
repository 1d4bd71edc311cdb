using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LegCheck.Diary.Import;
using LegCheck.Diary.Training;
using LegCheck.Diary.Triggers;

namespace LegCheck.Diary.Json;

/// <summary>
/// Compile-time JSON metadata for everything the diary prints, shared by the CLI's <c>--json</c> and the web API so
/// both say exactly the same: snake_case fields, non-ASCII text left readable, null for "not recorded".
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<RunJson>))]
[JsonSerializable(typeof(IReadOnlyList<EpisodeJson>))]
[JsonSerializable(typeof(IReadOnlyList<ShoeJson>))]
[JsonSerializable(typeof(IReadOnlyList<ExperimentJson>))]
[JsonSerializable(typeof(AccountExportJson))]
[JsonSerializable(typeof(TriggerReportJson))]
[JsonSerializable(typeof(TrainingReportJson))]
[JsonSerializable(typeof(ImportReportJson))]
[JsonSerializable(typeof(LegCheck.Diary.Backup.BackupJson))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
internal sealed partial class DiaryJsonContext : JsonSerializerContext
{
    /// <summary>One line per value: the lists, the import report and the API's bodies.</summary>
    public static DiaryJsonContext Compact { get; } = new(OptionsFor(indented: false));

    /// <summary>Indented: the reports a runner reads in a terminal, and the backup file.</summary>
    public static DiaryJsonContext Indented { get; } = new(OptionsFor(indented: true));

    private static JsonSerializerOptions OptionsFor(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };

    /// <summary>A measurement as the lists show it: rounded to 0.01, or null when not recorded (or not a number).</summary>
    public static double? Rounded(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 2) : null;
}
