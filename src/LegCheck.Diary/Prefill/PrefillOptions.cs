namespace LegCheck.Diary.Prefill;

/// <summary>How far back the pre-fill looks and where it draws lines; tweak with <c>with</c>.</summary>
public sealed record PrefillOptions
{
    public static PrefillOptions Default { get; } = new();

    /// <summary>The latest episode counts as "the problem being assessed" only if it is this recent.</summary>
    public int RecentEpisodeDays { get; init; } = 90;

    /// <summary>Episodes with a symptom in common within this many days before count toward "recurrent".</summary>
    public int RecurrenceDays { get; init; } = 180;

    /// <summary>Onsets all within this many minutes of each other (or 25% of the median, if larger) are "predictable".</summary>
    public double PredictableSpreadMinutes { get; init; } = 10;

    public int NewShoeDays { get; init; } = 30;

    public double WornShoeKm { get; init; } = 700;

    public double HotCelsius { get; init; } = 25;
}
