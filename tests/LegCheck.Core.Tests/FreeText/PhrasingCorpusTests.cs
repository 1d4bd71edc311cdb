using LegCheck.Core.FreeText;
using LegCheck.Core.Loading;
using LegCheck.Testing.FreeText;
using Xunit;
using Xunit.Abstractions;

namespace LegCheck.Core.Tests.FreeText;

/// <summary>
/// The blind corpus (tests/phrasings/blind, written by people who never saw phrases.yaml, or the folder named by
/// LEGCHECK_PHRASINGS_DIR) through the parser, held to <see cref="PhrasingBounds"/>.
/// </summary>
public class PhrasingCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<PhrasingResult>> Results = new(() =>
    {
        var kb = KnowledgeLoader.Default;
        return [.. PhrasingCorpus.Load(kb).Select(p => PhrasingScorer.Score(p, PhraseParser.Apply(LegCheck.Core.Cases.Evidence.Empty, PhraseParser.Parse(p.Text)), kb))];
    });

    public static TheoryData<string> Files => [.. PhrasingCorpus.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_CorpusFile_FullyRightAtLeastBound(string file)
    {
        var results = Results.Value.Where(r => r.Phrasing.File == file).ToList();
        output.WriteLine(PhrasingReport.Misses(results));

        var tally = PhrasingTally.Of(file, results);
        Assert.True(tally.Rate >= PhrasingBounds.FullyRight(file), $"{tally}; bound {PhrasingBounds.FullyRight(file):P0}");
    }

    [Fact]
    public void Parse_AlarmSignPhrasings_FullyRightAtLeastBound()
    {
        var tally = PhrasingTally.Of("alarm signs", Results.Value.Where(r => r.Phrasing.Alarm));
        output.WriteLine(PhrasingReport.Write(Results.Value));

        Assert.True(tally.AlarmRate >= PhrasingBounds.AlarmSigns, $"{tally}; bound {PhrasingBounds.AlarmSigns:P0}");
    }

    [Fact]
    public void Parse_Corpus_SetsNoFactWronglyToYes()
    {
        var wrong = Results.Value.Where(r => r.WrongYes.Count + r.WrongSet.Count > 0).ToList();
        output.WriteLine(PhrasingReport.Misses(wrong));

        var count = wrong.Sum(r => r.WrongYes.Count + r.WrongSet.Count);
        Assert.True(count <= PhrasingBounds.WrongFacts, $"{count} facts wrongly set in {wrong.Count} phrasings; bound {PhrasingBounds.WrongFacts}");
    }
}
