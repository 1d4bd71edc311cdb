using System.Globalization;

namespace LegCheck.Diary.Units;

/// <summary>How distances and paces are shown and typed: kilometres or miles. Stored distances are always metres.</summary>
public enum DistanceUnit
{
    Km,
    Mi,
}

/// <summary>
/// Shows and reads distances and paces in the runner's unit. Which unit: <c>--units</c> when given, else
/// <c>LEGCHECK_UNITS</c>, else the diary's setting (<c>legcheck settings units mi</c>), else kilometres.
/// </summary>
public static class Distances
{
    public const string EnvironmentVariable = "LEGCHECK_UNITS";

    public const double MetresPerMile = 1609.344;

    /// <summary>"km" or "mi" (also "kilometres", "miles"); null for anything else.</summary>
    public static DistanceUnit? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "km" or "kilometre" or "kilometres" or "kilometer" or "kilometers" => DistanceUnit.Km,
        "mi" or "mile" or "miles" => DistanceUnit.Mi,
        _ => null,
    };

    /// <summary>
    /// The unit in force: the flag, else <c>LEGCHECK_UNITS</c>, else the diary's stored setting, else km;
    /// <paramref name="option"/> names the flag in the error for a bad value.
    /// </summary>
    /// <exception cref="DiaryException">The flag or the variable is neither km nor mi.</exception>
    public static DistanceUnit ResolveWithSetting(string? flag, IReadOnlyDictionary<string, string?> environment, string? setting, string option = "--units") =>
        ResolveFirst(flag, environment, () => setting, option);

    /// <summary>The setting is read only when neither the flag nor the variable decides.</summary>
    private static DistanceUnit ResolveFirst(string? flag, IReadOnlyDictionary<string, string?> environment, Func<string?> setting, string option)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(flag))
        {
            return Parse(flag) ?? throw new DiaryException($"{option}: expected km or mi, got \"{flag}\".");
        }

        if (environment.TryGetValue(EnvironmentVariable, out var fromEnv) && !string.IsNullOrWhiteSpace(fromEnv))
        {
            return Parse(fromEnv) ?? throw new DiaryException($"{EnvironmentVariable}: expected km or mi, got \"{fromEnv}\".");
        }

        return Parse(setting()) ?? DistanceUnit.Km;
    }

    public static string Name(DistanceUnit unit) => unit == DistanceUnit.Mi ? "mi" : "km";

    /// <summary>Kilometres in the unit, as a number.</summary>
    public static double FromKm(double km, DistanceUnit unit) => unit == DistanceUnit.Mi ? km * 1000 / MetresPerMile : km;

    /// <summary>A value typed in the unit, in kilometres.</summary>
    public static double ToKm(double value, DistanceUnit unit) => unit == DistanceUnit.Mi ? value * MetresPerMile / 1000 : value;

    /// <summary>"8.05 km" or "5.00 mi".</summary>
    public static string Format(double km, DistanceUnit unit, string number = "0.00") =>
        FromKm(km, unit).ToString(number, CultureInfo.InvariantCulture) + " " + Name(unit);

    /// <summary>"5:00 /km" or "8:03 /mi" from seconds per kilometre.</summary>
    public static string Pace(double secondsPerKm, DistanceUnit unit)
    {
        var seconds = (int)Math.Round(unit == DistanceUnit.Mi ? secondsPerKm * MetresPerMile / 1000 : secondsPerKm);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00} /{Name(unit)}");
    }

    /// <summary>
    /// A distance typed by the runner, in kilometres: "10", "10 km", "6.2mi"; a bare number is in <paramref name="unit"/>.
    /// </summary>
    /// <exception cref="DiaryException">Not a distance.</exception>
    public static double ParseKm(string text, DistanceUnit unit, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        var given = unit;
        foreach (var (suffix, u) in new[] { ("km", DistanceUnit.Km), ("mi", DistanceUnit.Mi) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                given = u;
                t = t[..^suffix.Length].Trim();
                break;
            }
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? ToKm(value, given)
            : throw new DiaryException($"{field}: expected a distance such as 10, 10 km or 6.2 mi, got \"{text}\".");
    }
}
