using LegCheck.Core.FreeText;
using Xunit;

namespace LegCheck.Core.Tests.FreeText;

/// <summary>Classes of wording from the second blind set's misses, each with phrasings beyond the corpus.</summary>
public sealed class PhraseClassTests
{
    private static string? Value(string text, string fact) =>
        PhraseParser.Parse(text).FirstOrDefault(f => f.FactId == fact)?.Value.ToString()?.ToLowerInvariant();

    [Theory]
    [InlineData("my toes go white in the cold, my fingers too")]
    [InlineData("on frosty mornings my toes turn white and then bright red once I'm back indoors")]
    [InlineData("toes go bluish-white on winter runs")]
    public void Parse_ColourBroughtOnByColdWeather_IsColdAttackNotPaleFoot(string text)
    {
        Assert.NotEqual("yes", Value(text, "foot_cold_or_pale"));
        Assert.Equal("yes", Value(text, "colour_change_in_cold"));
    }

    [Theory]
    [InlineData("my foot went white and cold after the run")]
    [InlineData("my foot has gone pale and icy")]
    public void Parse_PaleFootWithoutColdWeather_StaysPaleFoot(string text) =>
        Assert.Equal("yes", Value(text, "foot_cold_or_pale"));

    [Theory]
    [InlineData("stretching did absolutely nothing for it, resting helped though", "relieved_by_stretching", "no")]
    [InlineData("loosening my laces made no difference, stopping helped", "relieved_by_loosening_laces", "no")]
    public void Parse_ActionWithFailingOutcomeThenOtherRelief_KeepsNearerOutcome(string text, string fact, string expected) =>
        Assert.Equal(expected, Value(text, fact));

    [Theory]
    [InlineData("better first thing and worse by the evening")]
    [InlineData("my heel pain is fine in the morning, worse at the end of the day")]
    public void Parse_MorningIsTheGoodPart_WorseFirstStepsIsNo(string text) =>
        Assert.Equal("no", Value(text, "worse_first_steps_morning"));

    [Theory]
    [InlineData("had knee surgery back in 2019, calf cramps now")]
    [InlineData("had an operation on my foot back in 2015 and my shin hurts")]
    public void Parse_SurgeryBackInAYear_IsNotRecent(string text)
    {
        Assert.Null(Value(text, "recent_surgery_or_immobilization"));
        Assert.Null(Value(text, "back_pain"));
    }

    [Theory]
    [InlineData("my shin pain still hasn't gone away", "pain")]
    [InlineData("the numbness never went away", "numbness")]
    public void Parse_SymptomNotGone_StaysTold(string text, string fact) =>
        Assert.Equal("yes", Value(text, fact));

    [Theory]
    [InlineData("numbbb toes", "numbness")]
    [InlineData("calf crampinggg on hills", "cramp")]
    [InlineData("toes tinglinggg", "tingling")]
    public void Parse_StretchedLetters_ReadAsTheWord(string text, string fact) =>
        Assert.Equal("yes", Value(text, fact));

    [Theory]
    [InlineData("45F on HRT, calves cramp", "45", "female")]
    [InlineData("32m, calf cramps on hills", "32", "male")]
    public void Parse_AgeSexShorthand_SetsAgeAndSex(string text, string age, string sex)
    {
        Assert.Equal(age, Value(text, "age"));
        Assert.Contains(sex, Value(text, "sex"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it was 90F out and my calves cramped")]
    public void Parse_TemperatureInFahrenheit_IsNoSex(string text) =>
        Assert.Null(Value(text, "sex"));

    [Theory]
    [InlineData("was running 8:30 miles for about 40 minutes when my foot went numb")]
    [InlineData("ran 7:45 pace for 40 minutes when my toes went numb")]
    public void Parse_PaceThenMinutes_MinutesAreOnsetNotRunLength(string text)
    {
        Assert.Equal("40", Value(text, "onset_minutes_into_run"));
        Assert.Null(Value(text, "run_minutes"));
    }

    [Theory]
    [InlineData("any tips for my crampy calves?", "cramp")]
    [InlineData("how do I stop my toes going numb?", "numbness")]
    public void Parse_QuestionAskingAdvice_TellsTheSymptom(string text, string fact) =>
        Assert.Equal("yes", Value(text, fact));

    [Theory]
    [InlineData("after the race my partner said I wasn't making any sense")]
    [InlineData("at mile 20 my husband says I was talking gibberish")]
    public void Parse_OtherPersonReportsTheRunner_IsTold(string text) =>
        Assert.Equal("yes", Value(text, "confusion"));

    [Theory]
    [InlineData("my brother had a stress fracture", "previous_stress_fracture")]
    public void Parse_OtherPersonsOwnHistory_SetsNothing(string text, string fact) =>
        Assert.Null(Value(text, fact));
}
