namespace LegCheck.Diary.Model;

/// <summary>The whole diary in memory: what the pure analyses (training, triggers, pre-fill) work on.</summary>
public sealed record DiarySnapshot(
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<Episode> Episodes,
    IReadOnlyList<Shoe> Shoes,
    IReadOnlyList<Experiment> Experiments)
{
    public static DiarySnapshot Empty { get; } = new([], [], [], []);
}
