using LegCheck.Core.FreeText;
using Xunit;

namespace LegCheck.Core.Tests.FreeText;

/// <summary>Classes of wording from the third blind set's misses (phrasings15), each with phrasings beyond the corpus.</summary>
public sealed class PhraseThirdSetClassTests
{
    private static string? Value(string text, string fact) =>
        PhraseParser.Parse(text).FirstOrDefault(f => f.FactId == fact)?.Value.ToString()?.ToLowerInvariant();

    [Theory]
    [InlineData("Tom collapsed at the finish, I was fine", "fainted_or_collapsed")]
    [InlineData("we ran the hot 10k together: Priya threw up a few times", "repeated_vomiting")]
    [InlineData("my wife is pregnant and gets cramps at night", "onset_at_night")]
    [InlineData("my brother had a clot and has been breathless", "short_of_breath")]
    public void Parse_NamedPersonOrVerbLedClauseAfterOther_SetsNothingForRunner(string text, string fact) =>
        Assert.NotEqual("yes", Value(text, fact));

    [Theory]
    [InlineData("was on cipro last month, is that bad?? No gap or anything though")]
    [InlineData("took levofloxacin two weeks ago, could it matter? No swelling either")]
    public void Parse_DenialAfterQuestion_DoesNotAnswerTheQuestion(string text) =>
        Assert.Equal("yes", Value(text, "fluoroquinolone_antibiotic"));

    [Theory]
    [InlineData("ran 12 miles in an hour and forty-five", 105)]
    [InlineData("did 10 miles in an hour and a quarter", 75)]
    public void Parse_HourAndMinutes_ReadsTotalMinutes(string text, double minutes) =>
        Assert.Equal(minutes, PhraseParser.Parse(text).Single(f => f.FactId == "run_minutes").Value.Number, 1);

    [Theory]
    [InlineData("my periods stopped about 8 months ago")]
    [InlineData("periods stopped six months ago when training went up")]
    public void Parse_ChangeThatStillHolds_IsNotLongAgo(string text) =>
        Assert.Equal("yes", Value(text, "low_energy_availability"));

    [Theory]
    [InlineData("heart still racing even 20 minutes after I stopped")]
    [InlineData("palpitations still there 15 mins after stopping")]
    public void Parse_StillThereMinutesAfterStopping_SetsNoResolveTime(string text) =>
        Assert.Null(Value(text, "resolves_minutes_after_stopping"));

    [Theory]
    [InlineData("standing on my toes on that leg is impossible, the leg just collapses under me")]
    [InlineData("my knee buckled under me on the stairs")]
    public void Parse_LegGivesWay_IsWeaknessNotFaint(string text)
    {
        Assert.NotEqual("yes", Value(text, "fainted_or_collapsed"));
        Assert.Equal("yes", Value(text, "weakness"));
    }

    [Theory]
    [InlineData("bladder fine, bowels fine", "bladder_or_bowel_change", "no")]
    [InlineData("no trouble peeing", "bladder_or_bowel_change", "no")]
    [InlineData("the pain is nothing out of the ordinary", "severe_pain_out_of_proportion", "no")]
    [InlineData("I can stand on tiptoe on that leg fine", "cannot_tiptoe_on_one_leg", "no")]
    [InlineData("my foot went cold and I can barely feel it", "numbness", "yes")]
    [InlineData("swollen tight like a balloon about to pop", "sudden_sharp_pain_pop", null)]
    public void Parse_LayWordingFamily_ReadsFact(string text, string fact, string? expected) =>
        Assert.Equal(expected, Value(text, fact));
}
