namespace LegCheck.Diary.Model;

/// <summary>
/// A change the runner made on a date (new lacing, electrolytes on long runs) to see whether episodes get rarer.
/// <see cref="Factor"/> names what was changed in one word, such as "lacing" or "electrolytes".
/// </summary>
public sealed record Experiment(long Id, DateOnly StartedOn, string Description, string Factor);
