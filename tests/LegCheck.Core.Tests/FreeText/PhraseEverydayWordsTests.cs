using LegCheck.Core.FreeText;
using LegCheck.Core.Cases;
using Xunit;

namespace LegCheck.Core.Tests.FreeText;

/// <summary>
/// How runners say each fact in their own words (British and American, slang, euphemisms, typos), written per fact
/// family rather than per corpus miss, with the negated, hedged and someone-else versions that must not say yes.
/// </summary>
public class PhraseEverydayWordsTests
{
    private static string Render(IEnumerable<ParsedFact> facts) =>
        string.Join("; ", facts.Select(f => $"{f.FactId}={f.Value}").Order(StringComparer.Ordinal));

    private static void AssertReads(string text, string expected) =>
        Assert.Equal(
            string.Join("; ", expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)),
            Render(PhraseParser.Parse(text)));

    /// <summary>The facts the text sets to yes (for phrasings that carry other, incidental facts).</summary>
    private static List<string> Yes(string text) =>
        [.. PhraseParser.Parse(text).Where(f => f.Value.Kind == FactValueKind.Yes).Select(f => f.FactId)];

    [Theory]
    [InlineData("I passed out at mile 20", "fainted_or_collapsed")]
    [InlineData("I keeled over at the finish line", "fainted_or_collapsed")]
    [InlineData("my legs went and I hit the deck", "fainted_or_collapsed")]
    [InlineData("I blacked out after the finish", "fainted_or_collapsed")]
    [InlineData("I've been throwing up all night", "repeated_vomiting")]
    [InlineData("puking my guts up", "repeated_vomiting")]
    [InlineData("I can't keep anything down", "repeated_vomiting")]
    [InlineData("I'm 20 weeks gone", "pregnant_or_postpartum")]
    [InlineData("running with a baby bump", "pregnant_or_postpartum")]
    [InlineData("cola coloured wee", "dark_urine")]
    [InlineData("peeing dark brown", "dark_urine")]
    [InlineData("I was muddled after the race", "confusion")]
    [InlineData("my wife says I'm talking rubbish", "confusion")]
    [InlineData("I can't get my breath", "short_of_breath")]
    [InlineData("fighting for breath sitting on the sofa", "short_of_breath")]
    [InlineData("it feels numb when I sit on the toilet", "saddle_numbness")]
    [InlineData("my arse is numb", "saddle_numbness")]
    [InlineData("I can't do a number two", "bladder_or_bowel_change")]
    [InlineData("my heart is racing", "palpitations")]
    [InlineData("the room was spinning", "dizziness")]
    [InlineData("it felt like someone kicked me in the calf", "sudden_sharp_pain_pop")]
    [InlineData("pressing on my shin bone hurts in one spot", "bone_point_tenderness")]
    [InlineData("pain shoots down from my back", "pain_radiates_from_back")]
    [InlineData("GP started me on a water tablet for my blood pressure", "diuretic_or_statin")]
    [InlineData("I loosened my laces and it stopped", "relieved_by_loosening_laces")]
    public void Parse_LayWords_SetsFact(string text, string fact) =>
        Assert.Contains(fact, Yes(text));

    [Theory]
    // A racing heart is palpitations, not a race.
    [InlineData("my heart is racing", "higher_intensity_than_usual")]
    // Someone else's story, a hedge, a worried question and a denial set nothing to yes.
    [InlineData("my dad gets dizzy", "dizziness")]
    [InlineData("not sure if I'm breathless or just unfit", "short_of_breath")]
    [InlineData("no dizziness", "dizziness")]
    [InlineData("the toilet was miles away so I ran faster", "bladder_or_bowel_change")]
    [InlineData("it goes numb when I stop", "relieved_by_rest")]
    // Getting up at night is not hanging the leg down.
    [InlineData("woke at 3am with a calf cramp, had to get out of bed and stretch it", "rest_pain")]
    // "after 5k" is how far into the run, not a 5k race nearly done.
    [InlineData("Left foot goes numb about 5k in, goes away when I stop", "late_in_run")]
    [InlineData("My calves keep cramping on long runs, usually after about 10 miles", "late_in_run")]
    [InlineData("My calf feels tight and heavy on runs, fine at rest", "onset_at_rest")]
    public void Parse_NotTheFact_DoesNotSetIt(string text, string fact) =>
        Assert.DoesNotContain(fact, Yes(text));

    [Theory]
    [InlineData("it's the left one", "side=one")]
    [InlineData("comes on at the 3 mile mark like clockwork", "onset_during_run=yes; onset_predictable=yes; recurrent=yes")]
    [InlineData("calf went tight from about halfway", "location=calf; onset_during_run=yes; tightness=yes")]
    [InlineData("foot goes dead after a few miles", "numbness=yes; onset_during_run=yes")]
    [InlineData("a couple of hours after", "onset_after_run=yes")]
    [InlineData("when I'm resting", "onset_at_rest=yes")]
    [InlineData("stays for hours afterwards", "persists_at_rest=yes")]
    [InlineData("it's happened 3 times now", "recurrent=yes")]
    [InlineData("happens now and then", "recurrent=yes")]
    [InlineData("it came on gradually", "onset_sudden=no")]
    [InlineData("Achilles is stiff and sore in the mornings, loosens up once I get going", "eases_once_warmed_up=yes; location=ankle_back; pain=yes; worse_first_steps_morning=yes")]
    public void Parse_TimeAndCourse_ReadsExpectedFacts(string text, string expected) => AssertReads(text, expected);

    [Theory]
    [InlineData("stretching doesn't do anything", "relieved_by_stretching=no")]
    [InlineData("I only had a few sips of water", "low_fluid_intake=yes")]
    [InlineData("I went out too fast", "higher_intensity_than_usual=yes")]
    [InlineData("my shoes are old", "shoes_worn_out=yes")]
    [InlineData("sneakers are too tight", "shoes_tight_or_narrow=yes")]
    [InlineData("my foot goes to sleep", "tingling=yes")]
    [InlineData("female, 34", "sex=female")]
    public void Parse_ReliefAndCauses_ReadsExpectedFacts(string text, string expected) => AssertReads(text, expected);

    [Theory]
    [InlineData("my carf is tight", "location=calf; tightness=yes")]
    [InlineData("my achillies is sore", "location=ankle_back; pain=yes")]
    [InlineData("planter fasciitis", "location=heel")]
    [InlineData("plantar faciitis", "location=heel")]
    [InlineData("numbnes in my foot", "numbness=yes")]
    [InlineData("pain in my heal", "location=heel; pain=yes")]
    [InlineData("shinsplints", "location=shin_inner")]
    public void Parse_CommonTypo_ReadsIntendedWord(string text, string expected) => AssertReads(text, expected);

    [Theory]
    [InlineData("My calf isn't hard or anything, it's soft, just sore", "calf_hard_tense=no; location=calf; pain=yes")]
    [InlineData("my calf isn't swollen but it aches", "location=calf; pain=yes; swelling=no")]
    // Nothing else affirmed, or another place named: the negated place stays out.
    [InlineData("my toes don't tingle", "tingling=no")]
    [InlineData("my calf doesn't hurt but my foot does", "pain=no")]
    public void Parse_PlaceAsSubjectOfNegatedSymptom_KeptOnlyWhenAnotherSymptomIsAffirmed(string text, string expected) => AssertReads(text, expected);
}
