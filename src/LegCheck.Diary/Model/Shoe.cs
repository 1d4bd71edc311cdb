namespace LegCheck.Diary.Model;

/// <summary>
/// A pair of shoes. Distance is never stored: it is counted from the runs worn in them.
/// New imported runs get the default shoe (<see cref="IsDefault"/>).
/// </summary>
public sealed record Shoe(long Id, string Name, DateOnly AddedOn, DateOnly? RetiredOn, bool IsDefault);
