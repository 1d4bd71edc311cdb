using FsCheck;
using Xunit.Abstractions;

namespace LegCheck.Core.Tests.Safety;

/// <summary>
/// Runs a property twice: with a fixed seed, so a regression reproduces, and with a fresh seed, printed, so new
/// ground is covered. A failure names the seed and the replay to use.
/// </summary>
internal static class BothSeeds
{
    public static void Check(Property property, int tests, ulong fixedSeed, ulong gamma, ITestOutputHelper output)
    {
        foreach (var (seed, kind) in new[] { (fixedSeed, "fixed"), ((ulong)Random.Shared.NextInt64(1, long.MaxValue), "random") })
        {
            output.WriteLine($"{kind} seed {seed}");
            try
            {
                FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests).WithReplay(seed, gamma), property);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"failed with {kind} seed {seed} (replay with WithReplay({seed}UL, {gamma}UL)): {e.Message}", e);
            }
        }
    }
}
