using System.Globalization;
using LegCheck.Diary.Model;
using LegCheck.Diary.Training;
using LegCheck.Diary.Units;

namespace LegCheck.Web.Pages.Diary;

/// <summary>The diary's ids in plain words for the pages (the JSON keeps the ids).</summary>
internal static class DiaryWords
{
    public static string Flag(string kind) => kind switch
    {
        FlagKinds.SingleRunSpike => "a run much longer than your recent longest",
        FlagKinds.WeeklyIncrease => "a big jump in weekly distance",
        FlagKinds.AcwrHigh => "this week far above your usual load",
        FlagKinds.LongRunNoElectrolytes => "a long run without electrolytes",
        FlagKinds.Heat => "a run in the heat",
        FlagKinds.LowCadence => "a low step rate",
        FlagKinds.ShoeMileage => "shoes with many miles on them",
        _ => kind.Replace('_', ' '),
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "not recorded",
    };

    public static string When(DateTimeOffset time) => time.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static string Duration(double minutes) => minutes >= 60
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)(minutes / 60)} h {(int)Math.Round(minutes % 60):00} min")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(minutes):0} min");

    /// <summary>One episode in a sentence: what, where, how bad, and which run.</summary>
    public static string Episode(Episode e, string? shoe)
    {
        var parts = new List<string> { string.Join(", ", e.Symptoms.Select(Symptoms.PlainWords)) };
        if (e.Locations.Count > 0)
        {
            parts.Add("in the " + string.Join(", ", e.Locations));
        }

        if (e.MinutesIntoRun is { } m)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{m:0} minutes into the run"));
        }

        if (e.DurationMinutes is { } d)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"lasting {d:0.#} minutes"));
        }

        if (e.Severity is { } s)
        {
            parts.Add($"severity {s} of 10");
        }

        var extras = new List<string>();
        Add(extras, shoe, "shoe");
        Add(extras, e.Lacing, "lacing");
        Add(extras, e.Heat is null ? null : YesNo(e.Heat), "hot");
        Add(extras, e.Fluids, "drank");
        Add(extras, e.Electrolytes is null ? null : YesNo(e.Electrolytes), "electrolytes");
        Add(extras, e.Helped, "helped");
        Add(extras, e.Notes, "notes");
        return string.Join(", ", parts) + "." + (extras.Count > 0 ? " " + string.Join("; ", extras) + "." : "");
    }

    public static string Pace(double? secondsPerKm, DistanceUnit unit) => secondsPerKm is { } p ? Distances.Pace(p, unit) : "–";

    private static void Add(List<string> parts, string? value, string label)
    {
        if (value is not null)
        {
            parts.Add($"{label}: {value}");
        }
    }
}
