using System.Globalization;
using LegCheck.Core.Input;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;

namespace LegCheck.Web.Features.Diary;

/// <summary>
/// An episode as typed into the web form or sent as JSON, before it is checked: text as given. The names are the
/// JSON's (<c>occurred_at</c>, <c>symptoms</c>, ...), the same the episode lists print, and each error names one.
/// </summary>
public sealed record EpisodeFields
{
    public static readonly IReadOnlyList<string> Names =
        ["occurred_at", "run", "symptoms", "locations", "minutes_into_run", "duration_min", "severity", "shoe", "lacing", "heat", "fluids", "electrolytes", "helped", "notes"];

    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public string? OccurredAt { get; init; }

    public string? Run { get; init; }

    public IReadOnlyList<string> Symptoms { get; init; } = [];

    public IReadOnlyList<string> Locations { get; init; } = [];

    public string? MinutesIntoRun { get; init; }

    public string? DurationMin { get; init; }

    public string? Severity { get; init; }

    public string? Shoe { get; init; }

    public string? Lacing { get; init; }

    public string? Heat { get; init; }

    public string? Fluids { get; init; }

    public string? Electrolytes { get; init; }

    public string? Helped { get; init; }

    public string? Notes { get; init; }

    /// <summary>The form's fields: symptoms as ticked boxes, locations as comma-separated text.</summary>
    public static EpisodeFields FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? One(string name) => form[name].FirstOrDefault();
        return new EpisodeFields
        {
            OccurredAt = One("occurred_at"),
            Run = One("run"),
            Symptoms = [.. form["symptoms"].SelectMany(s => (s ?? "").Split(',')).Select(s => s.Trim()).Where(s => s.Length > 0)],
            Locations = List(One("locations")),
            MinutesIntoRun = One("minutes_into_run"),
            DurationMin = One("duration_min"),
            Severity = One("severity"),
            Shoe = One("shoe"),
            Lacing = One("lacing"),
            Heat = One("heat"),
            Fluids = One("fluids"),
            Electrolytes = One("electrolytes"),
            Helped = One("helped"),
            Notes = One("notes"),
        };
    }

    /// <summary>A JSON object with the list's field names; numbers and yes/no may be JSON numbers and booleans.</summary>
    public static (EpisodeFields? Fields, IReadOnlyList<FieldError> Errors) FromJson(InputNode node)
    {
        if (node is not InputMap map)
        {
            return (null, [new FieldError("body", $"expected an object with the episode's fields, got {node?.Describe()}")]);
        }

        var errors = new List<FieldError>();
        foreach (var (key, _) in map.Entries.Where(e => !Names.Contains(e.Key, StringComparer.Ordinal)))
        {
            errors.Add(new FieldError(key, $"unknown field; expected one of {string.Join(", ", Names)}"));
        }

        string? Scalar(string name)
        {
            return map.Get(name) switch
            {
                null => null,
                InputScalar { Kind: ScalarKind.Null } => null,
                InputScalar { Kind: ScalarKind.Bool, Text: var b } => b == "true" ? "yes" : "no",
                InputScalar s => s.Text,
                var other => Wrong(name, "a single value", other),
            };
        }

        IReadOnlyList<string> Many(string name) => map.Get(name) switch
        {
            null or InputScalar { Kind: ScalarKind.Null } => [],
            InputScalar { Kind: ScalarKind.String, Text: var t } => List(t),
            InputList list when list.Items.All(i => i is InputScalar { Kind: ScalarKind.String }) =>
                [.. list.Items.Cast<InputScalar>().Select(i => i.Text.Trim()).Where(t => t.Length > 0)],
            var other => WrongList(name, other),
        };

        string? Wrong(string name, string expected, InputNode found)
        {
            errors.Add(new FieldError(name, $"expected {expected}, got {found.Describe()}"));
            return null;
        }

        IReadOnlyList<string> WrongList(string name, InputNode found)
        {
            errors.Add(new FieldError(name, $"expected a list of strings, got {found.Describe()}"));
            return [];
        }

        var fields = new EpisodeFields
        {
            OccurredAt = Scalar("occurred_at"),
            Run = Scalar("run"),
            Symptoms = Many("symptoms"),
            Locations = Many("locations"),
            MinutesIntoRun = Scalar("minutes_into_run"),
            DurationMin = Scalar("duration_min"),
            Severity = Scalar("severity"),
            Shoe = Scalar("shoe"),
            Lacing = Scalar("lacing"),
            Heat = Scalar("heat"),
            Fluids = Scalar("fluids"),
            Electrolytes = Scalar("electrolytes"),
            Helped = Scalar("helped"),
            Notes = Scalar("notes"),
        };
        return errors.Count == 0 ? (fields, []) : (null, errors);
    }

    /// <summary>
    /// The checked episode (keeping <paramref name="existing"/>'s id and log time), the run chosen by id, and whether
    /// the time of day is known (a date alone matches the one run that day). Every problem is a field error.
    /// </summary>
    internal async Task<EpisodeDraft> CheckAsync(IDiaryUnit unit, TimeProvider time, Episode? existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(time);
        var errors = new List<FieldError>();
        var (when, timeKnown) = When(OccurredAt, time, errors);
        var symptoms = Symptoms.Select(s => s.ToLowerInvariant().Replace(' ', '_').Replace('-', '_')).Distinct(StringComparer.Ordinal).ToList();
        if (symptoms.Count == 0)
        {
            errors.Add(new FieldError("symptoms", $"expected one or more of {string.Join(", ", LegCheck.Diary.Model.Symptoms.All)}"));
        }
        else if (symptoms.FirstOrDefault(s => !LegCheck.Diary.Model.Symptoms.IsKnown(s)) is { } unknown)
        {
            errors.Add(new FieldError("symptoms", $"expected one or more of {string.Join(", ", LegCheck.Diary.Model.Symptoms.All)}, got \"{unknown}\""));
        }

        long? shoeId = null;
        if (Text(Shoe) is { } shoeName)
        {
            shoeId = (await unit.Shoes.FindByNameAsync(shoeName, cancellationToken).ConfigureAwait(false))?.Id;
            if (shoeId is null)
            {
                errors.Add(new FieldError("shoe", $"no shoe named \"{shoeName}\"; add it on the shoes page first"));
            }
        }

        var episode = new Episode
        {
            Id = existing?.Id ?? 0,
            OccurredAt = when,
            Symptoms = symptoms,
            Locations = Locations,
            MinutesIntoRun = Number("minutes_into_run", MinutesIntoRun, 0, 24 * 60, errors),
            DurationMinutes = Number("duration_min", DurationMin, 0, 24 * 60, errors),
            Severity = Number("severity", Severity, 0, 10, errors, whole: true) is { } sev ? (int)sev : null,
            ShoeId = shoeId,
            Lacing = Text(Lacing),
            Heat = YesNo("heat", Heat, errors),
            Fluids = Text(Fluids),
            Electrolytes = YesNo("electrolytes", Electrolytes, errors),
            Helped = Text(Helped),
            Notes = Text(Notes),
            LoggedAt = existing?.LoggedAt ?? time.GetLocalNow(),
        };
        var run = Number("run", Run, 1, long.MaxValue, errors, whole: true) is { } r ? (long?)r : null;
        return new EpisodeDraft(episode, run, timeKnown, errors);
    }

    private static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (DateTimeOffset, bool) When(string? text, TimeProvider time, List<FieldError> errors)
    {
        var now = time.GetLocalNow();
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return (now, true);
        }

        if (DateTimeOffset.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return (Checked(exact.ToOffset(time.LocalTimeZone.GetUtcOffset(exact.UtcDateTime)), now, text!, errors), true);
        }

        if (DateTime.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (Checked(InZone(local, time), now, text!, errors), true);
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (Checked(InZone(date.ToDateTime(new TimeOnly(12, 0)), time), now, text!, errors), false);
        }

        errors.Add(new FieldError("occurred_at", $"expected now, YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time), got \"{text}\""));
        return (now, true);
    }

    /// <summary>An episode happened in the diary's years and not later than tomorrow (a clock or zone can be a day off).</summary>
    private static DateTimeOffset Checked(DateTimeOffset when, DateTimeOffset now, string text, List<FieldError> errors)
    {
        if (when.Year is < 1900 or > 2100)
        {
            errors.Add(new FieldError("occurred_at", $"expected a time from 1900 to 2100, got \"{text}\""));
        }
        else if (when > now.AddDays(1))
        {
            errors.Add(new FieldError("occurred_at", $"\"{text}\" is in the future; expected a time up to now"));
        }

        return when;
    }

    private static DateTimeOffset InZone(DateTime local, TimeProvider time)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, time.LocalTimeZone.GetUtcOffset(unspecified));
    }

    private static double? Number(string field, string? text, double min, double max, List<FieldError> errors, bool whole = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= min && value <= max && (!whole || value == Math.Floor(value)))
        {
            return value;
        }

        var what = field == "run" ? "a run id" : $"{(whole ? "a whole number" : "a number")} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
        errors.Add(new FieldError(field, $"expected {what}, got \"{text}\""));
        return null;
    }

    private static bool? YesNo(string field, string? text, List<FieldError> errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "unknown":
                return null;
            case "yes" or "y" or "true" or "on":
                return true;
            case "no" or "n" or "false":
                return false;
            default:
                errors.Add(new FieldError(field, $"expected yes, no or unknown, got \"{text}\""));
                return null;
        }
    }
}

/// <summary>A checked episode, the run chosen for it by id (null: match by time), and the problems found.</summary>
internal sealed record EpisodeDraft(Episode Episode, long? RunId, bool TimeOfDayKnown, IReadOnlyList<FieldError> Errors);
