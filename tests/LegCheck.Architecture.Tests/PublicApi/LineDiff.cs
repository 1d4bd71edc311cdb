using System.Text;

namespace LegCheck.Architecture.Tests.PublicApi;

/// <summary>
/// The lines removed (<c>-</c>) and added (<c>+</c>) between two texts, in order, by the longest common subsequence of
/// lines, after the common start and end are set aside; enough to see what changed in a public API.
/// </summary>
internal static class LineDiff
{
    private const int MaxLinesShown = 200;

    public static string Describe(string before, string after)
    {
        var (old, now) = (before.Split('\n'), after.Split('\n'));
        var start = 0;
        while (start < old.Length && start < now.Length && old[start] == now[start])
        {
            start++;
        }

        var (endOld, endNow) = (old.Length, now.Length);
        while (endOld > start && endNow > start && old[endOld - 1] == now[endNow - 1])
        {
            endOld--;
            endNow--;
        }

        var lines = Changes(old[start..endOld], now[start..endNow]).ToList();
        var text = new StringBuilder();
        foreach (var line in lines.Take(MaxLinesShown))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > MaxLinesShown)
        {
            text.Append("... and ").Append(lines.Count - MaxLinesShown).Append(" more changed lines\n");
        }

        return text.ToString();
    }

    private static IEnumerable<string> Changes(string[] old, string[] now)
    {
        // common[i, j]: the length of the longest common subsequence of old[i..] and now[j..].
        var common = new int[old.Length + 1, now.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = now.Length - 1; j >= 0; j--)
            {
                common[i, j] = old[i] == now[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var (a, b) = (0, 0);
        while (a < old.Length || b < now.Length)
        {
            if (a < old.Length && b < now.Length && old[a] == now[b])
            {
                (a, b) = (a + 1, b + 1);
            }
            else if (b < now.Length && (a == old.Length || common[a, b + 1] > common[a + 1, b]))
            {
                yield return "+ " + now[b++];
            }
            else
            {
                yield return "- " + old[a++];
            }
        }
    }
}
