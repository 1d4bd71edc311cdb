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
        ["everyday"] = 0.84,
        ["tricky"] = 0.91,
        ["alarm"] = 0.96,

        // The second blind set, by another author: read 60/40/45 % before tuning against its visible two thirds, now this.
        ["everyday-b"] = 0.80,
        ["tricky-b"] = 0.82,
        ["alarm-b"] = 0.76,

        // The third blind set (phrasings15), by another author: read 46/32/63 % before tuning against its visible two thirds, now this.
        ["everyday-c"] = 0.61,
        ["tricky-c"] = 0.52,
        ["alarm-c"] = 0.78,
    };

    /// <summary>The share of a file's phrasings that must be fully right.</summary>
    public static double FullyRight(string file) =>
        PhrasingCorpus.IsOtherFolder ? 0.80 : Own.GetValueOrDefault(file, 0.80);

    /// <summary>The share of the alarm-sign phrasings that must be fully right.</summary>
    public static double AlarmSigns => PhrasingCorpus.IsOtherFolder ? 0.90 : OwnAlarmSigns;

    /// <summary>What the own corpus reaches now (three blind sets; 186 of 212 alarm-sign phrasings, 178 before the third set's tuning).</summary>
    private const double OwnAlarmSigns = 0.87;

    /// <summary>How many facts may be wrongly set (to yes, or a number that must not be set) over the whole corpus.</summary>
    public static int WrongFacts => PhrasingCorpus.IsOtherFolder ? 0 : 8; // 19 when the third blind set joined, 8 after tuning
}
