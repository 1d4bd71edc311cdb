using LegCheck.Core.Interview;
using LegCheck.Core.Loading;
using Xunit;
using Xunit.Abstractions;

namespace LegCheck.Core.Tests.FreeText;

/// <summary>
/// The blind corpus (tests/phrasings, written by people who never saw phrases.yaml) through the parser.
/// The bounds are the targets where the parser reaches them, otherwise the figure it reaches now,
/// so that a change which makes the parser worse fails here.
/// </summary>
public class PhrasingCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<PhrasingResult>> Results = new(() =>
    {
        var kb = KnowledgeLoader.Default;
        return [.. PhrasingCorpus.Load(kb).Select(p => PhrasingScorer.Score(p, PhraseParser.Apply(LegCheck.Core.Cases.Evidence.Empty, PhraseParser.Parse(p.Text)), kb))];
    });

    [Theory]
    [InlineData("everyday", 0.76)]
    [InlineData("tricky", 0.78)]
    [InlineData("alarm", 0.87)]
    public void Parse_CorpusFile_FullyRightAtLeastBound(string file, double bound)
    {
        var results = Results.Value.Where(r => r.Phrasing.File == file).ToList();
        Report(results);

        var tally = PhrasingTally.Of(file, results);
        Assert.True(tally.Rate >= bound, $"{tally}; bound {bound:P0}");
    }

    [Fact]
    public void Parse_AlarmSignPhrasings_FullyRightAtLeastBound()
    {
        var tally = PhrasingTally.Of("alarm signs", Results.Value.Where(r => r.Phrasing.Alarm));
        output.WriteLine(PhrasingReport.Write(Results.Value));

        Assert.True(tally.Rate >= 0.88, tally.ToString());
    }

    [Fact]
    public void Parse_Corpus_SetsNoFactWronglyToYes()
    {
        var wrong = Results.Value.Where(r => r.WrongYes.Count + r.WrongSet.Count > 0).ToList();
        Report(wrong);

        Assert.True(wrong.Sum(r => r.WrongYes.Count + r.WrongSet.Count) <= 17, $"{wrong.Count} phrasings set facts wrongly");
    }

    /// <summary>The misses of the tuning two thirds in full; held-out entries by id only, so that nobody tunes on them.</summary>
    private void Report(IEnumerable<PhrasingResult> results)
    {
        foreach (var result in results.Where(r => !r.FullyRight))
        {
            output.WriteLine(result.Phrasing.HeldOut ? $"{result.Phrasing} (held out)" : result.ToString());
        }
    }
}
