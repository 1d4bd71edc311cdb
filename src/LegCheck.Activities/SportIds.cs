using System.Collections.Frozen;
using System.Text;

namespace LegCheck.Activities;

/// <summary>
/// A sport's text id ("running", "fitness_equipment"): the diary stores it and its exports carry it, so these
/// texts are the same as before the sport became an enum, and old diaries and backups read back unchanged.
/// </summary>
public static class SportIds
{
    private static readonly FrozenDictionary<ActivitySport, string> Ids =
        Enum.GetValues<ActivitySport>().ToFrozenDictionary(s => s, s => SnakeCase(s.ToString()));

    private static readonly FrozenDictionary<string, ActivitySport> ById =
        Ids.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>The lower-case id, such as "running" or "e_biking".</summary>
    public static string Id(ActivitySport sport) => Ids.TryGetValue(sport, out string? id) ? id : "other";

    /// <summary>The sport with this id; <see cref="ActivitySport.Other"/> for an id LegCheck does not know.</summary>
    public static ActivitySport Parse(string id) => ById.TryGetValue(id, out ActivitySport sport) ? sport : ActivitySport.Other;

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
