namespace LegCheck.Diary.Model;

/// <summary>A shoe with the runs worn in it and their distance, counted from the runs (never stored).</summary>
public sealed record ShoeUse(Shoe Shoe, int Runs, double Km)
{
    /// <summary>Every shoe of the diary with its use: running activities only, as the training flags count them.</summary>
    public static IReadOnlyList<ShoeUse> Of(IReadOnlyList<Shoe> shoes, IEnumerable<RunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(shoes);
        var byShoe = runs.Where(r => r.Activity.IsRun && r.ShoeId is not null).GroupBy(r => r.ShoeId!.Value)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Km: g.Sum(r => r.DistanceKm)));
        return [.. shoes.Select(s => new ShoeUse(s, byShoe.GetValueOrDefault(s.Id).Count, byShoe.GetValueOrDefault(s.Id).Km))];
    }
}
