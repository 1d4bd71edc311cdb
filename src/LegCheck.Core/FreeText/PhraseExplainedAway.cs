namespace LegCheck.Core.FreeText;

/// <summary>
/// Alarm signs the runner's own sentence explains as the ordinary thing they look like, left unsure (the interview
/// asks) rather than yes: breathlessness on a hard effort the runner calls normal ("breathless on hill reps, but that's
/// normal, it goes in seconds"), a calf hard only while it cramped ("went rock hard during the cramp, then soft again"),
/// and toes pale only in the white, blue, red attack of the cold ("toes go white then blue in the cold, then bright red"),
/// which is its own fact (colour_change_in_cold) and the pattern the triage's Raynaud's explanation reads. Besides all three
/// colours in the cold, a colour brought on by cold weather ("in the cold", "winter runs") counts when a second colour or
/// the warming back ("as they thaw", "once I'm indoors") or the fingers or Raynaud's name are in the sentence too.
/// Only these three signs, and only with all their cues in one sentence: chest pain on effort is never explained away,
/// nor a hard calf that stays hard, nor a foot that is just pale or cold.
/// </summary>
internal sealed class PhraseExplainedAway
{
    // Matched on token keys, which are singular and without "'s": "that's" is "that", "reps" is "rep", "always" is "alway".
    private static readonly string[][] Dismissals =
        [["that", "normal"], ["which", "is", "normal"], ["normal", "for", "me"], ["perfectly", "normal"], ["totally", "normal"], ["completely", "normal"],
         ["that", "expected"], ["to", "be", "expected"], ["which", "is", "expected"], ["as", "usual"], ["like", "alway"], ["normal", "though"]];

    private static readonly string[][] Efforts =
        [["hill"], ["rep"], ["interval"], ["sprint"], ["sprinting"], ["effort"], ["tempo"], ["race", "pace"], ["uphill"], ["track"]];

    private static readonly string[][] Softened =
        [["soft", "again"], ["softened"], ["went", "soft"], ["let", "go"], ["relaxed"], ["relax"], ["loosened", "off"], ["back", "to", "normal"]];

    private static readonly string[][] CrampWords = [["cramp"], ["cramped"], ["cramping"], ["spasm"], ["seized"]];

    private static readonly string[][] Whites = [["white"], ["pale"], ["whiter"]];
    private static readonly string[][] Blues = [["blue"], ["purple"], ["bluish"]];
    private static readonly string[][] Reds = [["red"], ["pink"], ["flushed"]];
    private static readonly string[][] Colds = [["cold"], ["freezing"], ["winter"], ["chilly"], ["frosty"]];

    // What the weather does, not what the foot feels: "my foot is cold" is no trigger, "in the cold" and "winter runs" are.
    private static readonly string[][] ColdTriggers =
        [["in", "the", "cold"], ["in", "cold"], ["cold", "weather"], ["cold", "morning"], ["cold", "day"], ["cold", "run"], ["winter"], ["frosty"], ["frost"], ["chilly"], ["icy", "morning"], ["snow"]];

    // The attack's end or its name: warming up again, coming indoors, the fingers too (Raynaud's takes both).
    private static readonly string[][] Rewarming =
        [["thaw"], ["thawing"], ["thaws"], ["warm", "up"], ["warms", "up"], ["warmed", "up"], ["indoors"], ["inside"], ["back", "in"], ["raynaud"], ["raynauds"], ["raynaud's"], ["reynauds"], ["finger"]];

    private readonly bool[] _effortBreath;
    private readonly bool[] _crampHardness;
    private readonly bool[] _coldAttack;
    private readonly List<(int First, int Last)> _coldSentences = [];

    public PhraseExplainedAway(PhraseLexicon lexicon, List<PhraseToken> tokens, PhraseSlots slots)
    {
        _effortBreath = new bool[tokens.Count];
        _crampHardness = new bool[tokens.Count];
        _coldAttack = new bool[tokens.Count];
        foreach (var (first, last) in PhraseMoods.Clauses(lexicon, tokens, slots, sentences: true))
        {
            bool Has(string[][] cues) => Enumerable.Range(first, last - first).Any(i => cues.Any(c => slots.SequenceAt(i, c)));
            Array.Fill(_effortBreath, Has(Dismissals) && Has(Efforts), first, last - first);
            Array.Fill(_crampHardness, Has(CrampWords) && Has(Softened), first, last - first);
            var colours = (Has(Whites) ? 1 : 0) + (Has(Blues) ? 1 : 0) + (Has(Reds) ? 1 : 0);
            var attack = (colours == 3 && Has(Colds)) || (colours >= 1 && Has(ColdTriggers) && (colours >= 2 || Has(Rewarming)));
            Array.Fill(_coldAttack, attack, first, last - first);
            if (attack)
            {
                _coldSentences.Add((first, last));
            }
        }
    }

    /// <summary>Where a sentence tells the white, blue or red attack of the cold (read as colour_change_in_cold).</summary>
    public IReadOnlyList<(int First, int Last)> ColdAttacks => _coldSentences;

    /// <summary>Whether the fact, read at this token, is explained away by its sentence.</summary>
    public bool Covers(string factId, int token) => factId switch
    {
        "short_of_breath" => _effortBreath[token],
        "calf_hard_tense" => _crampHardness[token],
        "foot_cold_or_pale" => _coldAttack[token],
        _ => false,
    };
}
