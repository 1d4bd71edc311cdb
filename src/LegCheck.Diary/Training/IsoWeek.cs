namespace LegCheck.Diary.Training;

/// <summary>ISO-8601 weeks start on Monday.</summary>
public static class IsoWeek
{
    public static DateOnly StartOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
