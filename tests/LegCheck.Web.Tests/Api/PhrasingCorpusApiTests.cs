using System.Globalization;
using System.Text.Json;
using LegCheck.Core.Cases;
using LegCheck.Core.FreeText;
using LegCheck.Core.Loading;
using LegCheck.Testing.FreeText;
using Xunit;
using Xunit.Abstractions;

namespace LegCheck.Web.Tests.Api;

/// <summary>
/// The whole blind corpus (or the folder named by LEGCHECK_PHRASINGS_DIR) through GET /api/v1/search on the real app,
/// held to the same <see cref="PhrasingBounds"/> as the parser's own corpus test: what a client reads from the API is
/// scored, and it must be exactly the parser's facts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PhrasingCorpusApiTests(WebAppFixture web, ITestOutputHelper output)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IReadOnlyList<(PhrasingResult Result, Evidence Parser)>? _results;

    public static TheoryData<string> Files => [.. PhrasingCorpus.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Search_CorpusFile_FullyRightAtLeastBound(string file)
    {
        var results = (await ResultsAsync()).Select(r => r.Result).Where(r => r.Phrasing.File == file).ToList();
        output.WriteLine(PhrasingReport.Misses(results));

        var tally = PhrasingTally.Of(file, results);
        Assert.True(tally.Rate >= PhrasingBounds.FullyRight(file), $"{tally}; bound {PhrasingBounds.FullyRight(file):P0}");
    }

    [Fact]
    public async Task Search_AlarmSignPhrasings_FullyRightAtLeastBound()
    {
        var results = (await ResultsAsync()).Select(r => r.Result).ToList();
        output.WriteLine(PhrasingReport.Write(results));

        var tally = PhrasingTally.Of("alarm signs", results.Where(r => r.Phrasing.Alarm));
        Assert.True(tally.AlarmRate >= PhrasingBounds.AlarmSigns, $"{tally}; bound {PhrasingBounds.AlarmSigns:P0}");
    }

    [Fact]
    public async Task Search_Corpus_SetsNoFactWronglyToYes()
    {
        var wrong = (await ResultsAsync()).Select(r => r.Result).Where(r => r.WrongYes.Count + r.WrongSet.Count > 0).ToList();
        output.WriteLine(PhrasingReport.Misses(wrong));

        var count = wrong.Sum(r => r.WrongYes.Count + r.WrongSet.Count);
        Assert.True(count <= PhrasingBounds.WrongFacts, $"{count} facts wrongly set in {wrong.Count} phrasings; bound {PhrasingBounds.WrongFacts}");
    }

    [Fact]
    public async Task Search_CorpusPhrasing_GivesExactlyTheParsersFacts()
    {
        var differ = (await ResultsAsync()).Where(r => r.Result.Parsed.ToString() != r.Parser.ToString())
            .Select(r => $"{r.Result.Phrasing}: api {r.Result.Parsed} / parser {r.Parser}").ToList();

        Assert.True(differ.Count == 0, string.Join('\n', differ));
    }

    private async Task<IReadOnlyList<(PhrasingResult Result, Evidence Parser)>> ResultsAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_results is null)
            {
                var kb = KnowledgeLoader.Default;
                var results = new List<(PhrasingResult Result, Evidence Parser)>();
                foreach (var phrasing in PhrasingCorpus.Load(kb))
                {
                    var api = await SearchAsync(phrasing.Text, kb);
                    results.Add((PhrasingScorer.Score(phrasing, api, kb), PhraseParser.Apply(Evidence.Empty, PhraseParser.Parse(phrasing.Text))));
                }

                _results = results;
            }

            return _results;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The "facts" of the response, in the case format, read back into evidence as a client would.</summary>
    private async Task<Evidence> SearchAsync(string text, LegCheck.Core.Model.KnowledgeBase kb)
    {
        var response = await web.Client.GetAsync("api/v1/search?phrase=" + Uri.EscapeDataString(text));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for \"{text.Length} characters\"");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var evidence = Evidence.Empty;
        foreach (var property in body.RootElement.GetProperty("facts").EnumerateObject())
        {
            var raw = property.Value.ValueKind switch
            {
                JsonValueKind.Array => property.Value.EnumerateArray().Select(e => e.GetString()!).ToList(),
                JsonValueKind.Number => [property.Value.GetDouble().ToString(CultureInfo.InvariantCulture)],
                _ => [property.Value.ToString()],
            };
            Assert.Null(FactParser.TryParse(kb.Facts[property.Name], raw, out var value));
            evidence = evidence.With(property.Name, value);
        }

        return evidence;
    }
}
