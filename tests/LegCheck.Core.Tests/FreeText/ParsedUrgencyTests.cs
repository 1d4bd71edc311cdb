using LegCheck.Core.Engine;
using LegCheck.Core.FreeText;
using LegCheck.Core.Model;
using Xunit;

namespace LegCheck.Core.Tests.FreeText;

public class ParsedUrgencyTests
{
    [Theory]
    [InlineData("My calf is swollen and now I have chest pain and I'm short of breath", "chest_pain")]
    [InlineData("I fainted just after crossing the line", "fainted_or_collapsed")]
    [InlineData("numb around my bum and I can't pee properly", "saddle_numbness")]
    public void Of_TextWithAlarmSign_IsUrgentAndNamesIt(string text, string alarm)
    {
        var urgency = ParsedUrgency.Of(PhraseParser.Parse(text), Assessor.Default);

        Assert.True(urgency.IsUrgent);
        Assert.Contains(alarm, urgency.AlarmFacts);
    }

    [Fact]
    public void Of_ChestPainWithSwollenCalf_IsAnEmergency() =>
        Assert.True(ParsedUrgency.Of(PhraseParser.Parse("my calf is swollen and now I have chest pain"), Assessor.Default).Level >= TriageLevel.Emergency);

    [Theory]
    [InlineData("my toes go numb after two miles, no swelling")]
    [InlineData("No chest pain, no breathing problems, it's just the calf")]
    [InlineData("my dad had a DVT and chest pain last year")]
    public void Of_TextWithoutAlarmSign_IsNotUrgent(string text) =>
        Assert.False(ParsedUrgency.Of(PhraseParser.Parse(text), Assessor.Default).IsUrgent);
}
