using LegCheck.Diary.Model;

namespace LegCheck.Diary.Tests;

/// <summary>Records holding lists compare their lists by reference; these compare them by content.</summary>
internal sealed class EpisodeComparer : IEqualityComparer<Episode?>
{
    private static readonly string[] None = [];

    public static EpisodeComparer Instance { get; } = new();

    public bool Equals(Episode? x, Episode? y) =>
        x is null || y is null
            ? x is null && y is null
            : x.Symptoms.SequenceEqual(y.Symptoms, StringComparer.Ordinal)
              && x.Locations.SequenceEqual(y.Locations, StringComparer.Ordinal)
              && x with { Symptoms = None, Locations = None } == y with { Symptoms = None, Locations = None };

    public int GetHashCode(Episode? obj) => obj?.Id.GetHashCode() ?? 0;
}

internal sealed class SnapshotComparer : IEqualityComparer<DiarySnapshot>
{
    public static SnapshotComparer Instance { get; } = new();

    public bool Equals(DiarySnapshot? x, DiarySnapshot? y) =>
        x is not null && y is not null
        && x.Runs.SequenceEqual(y.Runs)
        && x.Episodes.SequenceEqual(y.Episodes, EpisodeComparer.Instance)
        && x.Shoes.SequenceEqual(y.Shoes)
        && x.Experiments.SequenceEqual(y.Experiments);

    public int GetHashCode(DiarySnapshot obj) => obj.Runs.Count;
}
