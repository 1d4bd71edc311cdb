using FsCheck;
using FsCheck.Fluent;
using LegCheck.Core.Cases;
using LegCheck.Core.FreeText;
using LegCheck.Core.Loading;
using LegCheck.Core.Model;
using Xunit;

namespace LegCheck.Core.Tests.FreeText;

public class PhraseParserTests
{
    /// <summary>The parse as "fact=value" pairs, sorted, so expectations read like the facts they describe.</summary>
    private static string Render(IEnumerable<ParsedFact> facts) =>
        string.Join("; ", facts.Select(f => $"{f.FactId}={f.Value}").Order(StringComparer.Ordinal));

    private static string Sorted(string expected) =>
        string.Join("; ", expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    [Theory]
    // The three examples of the interview issue.
    [InlineData("my toes go numb after two miles", "location=toes; numbness=yes; onset_during_run=yes")]
    [InlineData("charley horse in my calf", "cramp=yes; location=calf")]
    [InlineData("pins and needles on top of my foot", "tingling=yes; location=foot_top")]
    // Symptoms and places in runners' words.
    [InlineData("both calves cramp at night", "side=both; location=calf; cramp=yes; onset_at_night=yes; onset_at_rest=yes")]
    [InlineData("I drank loads of water", "drank_much_plain_water=yes")]
    [InlineData("my urine is dark like cola", "dark_urine=yes")]
    [InlineData("my foot falls asleep 3 km in", "tingling=yes; onset_during_run=yes")]
    [InlineData("a burning feeling in the ball of my foot", "burning=yes; location=ball_of_foot")]
    [InlineData("my calf seized up out of nowhere", "cramp=yes; location=calf; onset_sudden=yes")]
    [InlineData("my arch cramps during runs", "cramp=yes; location=arch; onset_during_run=yes")]
    [InlineData("numbness between my toes", "numbness=yes; location=between_toes")]
    [InlineData("the outside of my shin aches after 20 minutes", "location=shin_outer; pain=yes; onset_minutes_into_run=20; onset_during_run=yes")]
    [InlineData("pain behind my knee when I run", "pain=yes; location=back_of_knee; onset_during_run=yes")]
    [InlineData("tingling around my inner ankle", "tingling=yes; location=ankle_inner")]
    [InlineData("my heel and the sole of my foot ache", "location=heel; location=foot_sole; pain=yes")]
    [InlineData("my whole foot went dead", "location=whole_foot; numbness=yes")]
    [InlineData("my hamstring hurts", "location=buttock_or_thigh; pain=yes")]
    [InlineData("my left shin gets tight", "side=one; location=shin_front; tightness=yes")]
    [InlineData("it woke me up in the middle of the night", "onset_at_night=yes; onset_at_rest=yes")]
    [InlineData("stretching helps", "relieved_by_stretching=yes")]
    [InlineData("loosening my laces helps", "relieved_by_loosening_laces=yes")]
    [InlineData("it goes away when I stop", "relieved_by_rest=yes")]
    [InlineData("sitting at my desk makes it worse", "worse_with_sitting_or_bending=yes")]
    [InlineData("I can't lift my foot", "foot_drop=yes; weakness=yes")]
    [InlineData("I can't push off", "weakness=yes")]
    [InlineData("I felt a pop like I'd been kicked", "sudden_sharp_pain_pop=yes; pain=yes")]
    [InlineData("my calf is rock hard and the pain is way worse than it should be", "location=calf; calf_hard_tense=yes; pain=yes; severe_pain_out_of_proportion=yes; tightness=yes")]
    [InlineData("my foot went pale and cold", "foot_cold_or_pale=yes")]
    [InlineData("numb groin and I can't pee", "saddle_numbness=yes; bladder_or_bowel_change=yes")]
    [InlineData("I'm dizzy and confused", "dizziness=yes; confusion=yes")]
    [InlineData("I can't breathe properly and my pee is brown", "short_of_breath=yes; dark_urine=yes")]
    [InlineData("I heard a snap and can't put weight on it", "sudden_sharp_pain_pop=yes; unable_to_bear_weight=yes; pain=yes")]
    [InlineData("cramps in my feet when I sleep", "cramp=yes; onset_at_night=yes; onset_at_rest=yes; side=both")]
    [InlineData("I flew home on a long-haul flight", "recent_long_travel=yes")]
    [InlineData("I'm on the pill", "hormonal_contraception_or_hrt=yes")]
    [InlineData("I take a water pill", "diuretic_or_statin=yes")]
    [InlineData("it was hot and humid", "hot_humid_weather=yes")]
    [InlineData("I run on concrete in my old shoes", "shoes_worn_out=yes; hard_surfaces=yes")]
    [InlineData("the cramps keep me awake at night", "cramp=yes; disrupts_daily_life=yes; onset_at_night=yes; onset_at_rest=yes")]
    // Numbers: times in minutes and hours; a distance never becomes minutes (the pace is unknown).
    [InlineData("a 3-hour marathon", "run_minutes=180")]
    [InlineData("after a 90-minute run", "run_minutes=90; onset_after_run=yes")]
    [InlineData("about 15 minutes in", "onset_minutes_into_run=15; onset_during_run=yes")]
    [InlineData("an hour and a half into the race", "onset_minutes_into_run=90; onset_during_run=yes; higher_intensity_than_usual=yes")]
    [InlineData("it goes 10-15 minutes after I stop", "resolves_minutes_after_stopping=12.5; relieved_by_rest=yes")]
    [InlineData("I'm 45", "age=45")]
    [InlineData("I'm a 38 year old woman", "age=38; sex=female")]
    [InlineData("I upped my mileage by 30%", "mileage_increase_pct=30")]
    [InlineData("I doubled my mileage", "mileage_increase_pct=100")]
    // "I'm 45" is an age, "I'm 45 minutes in" is not.
    [InlineData("I'm 45 minutes into my run", "onset_minutes_into_run=45; onset_during_run=yes")]
    public void Parse_RunnerPhrasing_ReadsExpectedFacts(string text, string expected) =>
        Assert.Equal(Sorted(expected), Render(PhraseParser.Parse(text)));

    [Theory]
    [InlineData("no swelling", "swelling=no")]
    [InlineData("stretching doesn't help", "relieved_by_stretching=no")]
    [InlineData("stretching didn't really help", "relieved_by_stretching=no")]
    [InlineData("no numbness or tingling in my toes", "numbness=no; tingling=no")]
    [InlineData("no pain in my calf", "pain=no")]
    [InlineData("I don't have chest pain", "chest_pain=no")]
    [InlineData("not short of breath", "short_of_breath=no")]
    [InlineData("I've never had a blood clot", "previous_dvt=no")]
    [InlineData("I'm not diabetic and don't smoke", "diabetes=no; smoker=no")]
    [InlineData("no longer cramps at night", "cramp=no; onset_at_night=no")]
    [InlineData("without electrolytes", "electrolytes_taken=no")]
    [InlineData("my toes don't tingle or burn", "tingling=no; burning=no")]
    [InlineData("I can't see any swelling", "swelling=no")]
    [InlineData("my calf isn't swollen", "swelling=no")]
    [InlineData("no chest pain, not short of breath", "chest_pain=no; short_of_breath=no")]
    public void Parse_NegatedPhrasing_ReadsNoAndLeavesPlacesOut(string text, string expected)
    {
        var facts = PhraseParser.Parse(text);

        Assert.Equal(Sorted(expected), Render(facts));
        Assert.All(facts, f => Assert.True(f.Negated, $"{f.FactId} should be marked as negated"));
    }

    [Theory]
    // A negation covers its clause only: "but", "and", punctuation end it.
    [InlineData("there's no back pain, but it starts in my buttock", "back_pain=no; location=buttock_or_thigh; pain_radiates_from_back=yes")]
    [InlineData("no pain but my toes go numb", "pain=no; location=toes; numbness=yes")]
    [InlineData("no swelling and my calf cramps", "swelling=no; cramp=yes; location=calf")]
    [InlineData("no back pain and my calf cramps", "back_pain=no; cramp=yes; location=calf")]
    [InlineData("my calves are fine but my feet tingle", "side=both; tingling=yes")]
    // The phrase itself may carry the no: "stretching did nothing", "non-smoker", "thinking clearly".
    [InlineData("stretching did nothing", "relieved_by_stretching=no")]
    [InlineData("I'm a non-smoker", "smoker=no")]
    [InlineData("drenched in sweat but thinking clearly", "heavy_sweating=yes; confusion=no")]
    // "doesn't go away" is a symptom that persists, not a negated relief.
    [InlineData("it doesn't go away when I stop", "persists_at_rest=yes; relieved_by_rest=no")]
    // A negation that cannot flip a place or a given fact leaves it as it is.
    [InlineData("loosening my tight laces didn't help", "relieved_by_loosening_laces=no; laces_tight=yes")]
    public void Parse_NegationInContext_ScopesToItsClause(string text, string expected) =>
        Assert.Equal(Sorted(expected), Render(PhraseParser.Parse(text)));

    [Theory]
    [InlineData(
        "Late in a warm marathon the top of my foot and toes went numb; loosening my tight laces fixed it.",
        "late_in_run=yes; onset_during_run=yes; hot_humid_weather=yes; location=foot_top; location=toes; numbness=yes; relieved_by_loosening_laces=yes; laces_tight=yes")]
    [InlineData(
        "Every run, about 15 minutes in, both my shins get tight and achy and the tops of my feet tingle; it goes 15 minutes after I stop.",
        "recurrent=yes; onset_minutes_into_run=15; onset_during_run=yes; side=both; location=shin_front; tightness=yes; pain=yes; location=foot_top; tingling=yes; resolves_minutes_after_stopping=15; relieved_by_rest=yes")]
    [InlineData(
        "Both my calves cramp at the same point of every run; stretching doesn't help, I already take electrolytes.",
        "side=both; location=calf; cramp=yes; onset_predictable=yes; recurrent=yes; relieved_by_stretching=no; electrolytes_taken=yes")]
    [InlineData(
        "My calf seized on a slow jog yesterday, stretching did nothing and it's still sore today; I'm having chemotherapy and haven't compared my calves.",
        "cramp=yes; location=calf; onset_during_run=yes; relieved_by_stretching=no; persists_at_rest=yes; pain=yes; active_cancer=yes; one_calf_larger=unknown")]
    [InlineData(
        "Bad back pain with pain down both legs, numbness between my legs, and I can't pee properly.",
        "back_pain=yes; pain=yes; side=both; saddle_numbness=yes; bladder_or_bowel_change=yes")]
    [InlineData(
        "My calf has felt tight and crampy since a long car trip; today I got breathless and dizzy. No chest pain.",
        "location=calf; tightness=yes; cramp=yes; recent_long_travel=yes; short_of_breath=yes; dizziness=yes; chest_pain=no")]
    [InlineData(
        "I'm 52, I smoke, I'm on a statin and my new shoes have tight laces",
        "age=52; smoker=yes; diuretic_or_statin=yes; new_shoes=yes; laces_tight=yes")]
    public void Parse_MixedSentence_SetsSeveralFacts(string text, string expected) =>
        Assert.Equal(Sorted(expected), Render(PhraseParser.Parse(text)));

    [Theory]
    [InlineData("I'm not sure if loosening my laces helps", "relieved_by_loosening_laces")]
    [InlineData("I don't know whether my calf is swollen", "swelling")]
    [InlineData("haven't compared my calves", "one_calf_larger")]
    public void Parse_HedgedPhrase_ReadsUnknown(string text, string factId)
    {
        var fact = Assert.Single(PhraseParser.Parse(text));

        Assert.Equal(factId, fact.FactId);
        Assert.Equal(FactValue.Unknown, fact.Value);
        Assert.False(fact.Negated);
    }

    [Theory]
    [InlineData("my toes go numb after two miles")]
    [InlineData("it starts 5 km in")]
    [InlineData("calf cramped at mile 20 of the marathon")]
    [InlineData("did 15 miles in the heat and now I feel dizzy")]
    [InlineData("I run 60 miles a week")]
    public void Parse_Distance_SetsNoMinutes(string text)
    {
        var facts = PhraseParser.Parse(text);

        Assert.DoesNotContain(facts, f => f.FactId is "onset_minutes_into_run" or "run_minutes");
    }

    [Fact]
    public void Parse_NegatedPhrase_MatchedIncludesTheNegation()
    {
        var fact = Assert.Single(PhraseParser.Parse("Honestly, no swelling at all."));

        Assert.Equal("no swelling", fact.Matched);
    }

    [Fact]
    public void Parse_LongestPhrase_WinsOverItsParts()
    {
        var facts = PhraseParser.Parse("pins and needles on top of my foot, and tight laces");

        Assert.DoesNotContain(facts, f => f.FactId == "tightness");
        Assert.Equal("pins and needles", Assert.Single(facts, f => f.FactId == "tingling").Matched);
        Assert.Equal("top of my foot", Assert.Single(facts, f => f.FactId == "location").Matched);
    }

    [Fact]
    public void Parse_YesAndNoForTheSameFact_YesWins()
    {
        var facts = PhraseParser.Parse("no pain in my calf but pain in my foot");

        Assert.Equal("pain=yes", Render(facts));
    }

    [Fact]
    public void Parse_CaseAndPunctuation_AreIgnored() =>
        Assert.Equal(
            Render(PhraseParser.Parse("charley horse in my calf")),
            Render(PhraseParser.Parse("CHARLEY-HORSE... in my CALF!!")));

    [Fact]
    public void Parse_EmptyText_ReadsNothing() => Assert.Empty(PhraseParser.Parse("   "));

    [Fact]
    public void Parse_NullText_Throws() => Assert.Throws<ArgumentNullException>(() => PhraseParser.Parse(null!));

    [Fact]
    public void Apply_LocationsFromSeveralPhrases_UnionsIntoOneList()
    {
        var known = Evidence.Empty.With("location", FactValue.Of(["calf"]));

        var evidence = PhraseParser.Apply(known, PhraseParser.Parse("top of my foot and my toes, and my calf too"));

        Assert.Equal(["calf", "foot_top", "toes"], evidence["location"].Choices);
    }

    [Fact]
    public void Apply_ParsedFacts_SetTheirValues()
    {
        var evidence = PhraseParser.Apply(Evidence.Empty.With("swelling", FactValue.Yes), PhraseParser.Parse("no swelling, I'm 45"));

        Assert.Equal(FactValue.No, evidence["swelling"]);
        Assert.Equal(FactValue.Of(45), evidence["age"]);
    }

    [Fact]
    public void Apply_UnknownParsedValue_KeepsKnownValue()
    {
        var known = Evidence.Empty.With("relieved_by_loosening_laces", FactValue.Yes);

        var evidence = PhraseParser.Apply(known, PhraseParser.Parse("not sure if loosening my laces helps"));

        Assert.Equal(FactValue.Yes, evidence["relieved_by_loosening_laces"]);
    }

    [Fact]
    public void Default_EmbeddedLexicon_EveryFactIdExistsInKnowledgeBase()
    {
        var kb = KnowledgeLoader.Default;

        var lexicon = PhraseLexicon.Load(PhraseLexicon.ReadEmbedded(), kb);

        Assert.All(lexicon.CoveredFacts, id => Assert.True(kb.Facts.ContainsKey(id), $"'{id}' is not a fact"));
        Assert.True(lexicon.PhraseCount > 1000, $"only {lexicon.PhraseCount} phrasings");
    }

    [Fact]
    public void Default_EmbeddedLexicon_CoversEveryBoolFact()
    {
        var uncovered = KnowledgeLoader.Default.Facts.Values
            .Where(f => f.Type == FactType.Bool && !PhraseLexicon.Default.CoveredFacts.Contains(f.Id))
            .Select(f => f.Id);

        Assert.True(!uncovered.Any(), "add phrases to knowledge/phrases.yaml for: " + string.Join(", ", uncovered));
    }

    [Theory]
    [InlineData("terms:\n  - set: {numbness: yes}\n    say: [numb]\n  - set: {numbnes: yes}\n    say: [dead]\n", 4, "unknown fact 'numbnes'")]
    [InlineData("terms:\n  - set: {location: [calf, knee]}\n    say: [knee]\n", 2, "'knee'")]
    [InlineData("terms:\n  - set: {cramp: maybe}\n    say: [cramp]\n", 2, "expected yes, no or unknown")]
    [InlineData("terms:\n  - set: {age: yes}\n    say: [old]\n", 2, "is a number")]
    [InlineData("terms:\n  - set: {cramp: yes}\n    say:\n      - cramp\n      - calf|calf muscle\n", 5, "listed twice")]
    [InlineData("terms:\n  - set: {cramp: yes}\n    say: [cramp]\n  - set: {pain: yes}\n    say:\n      - cramps\n", 6, "already claims")]
    [InlineData("terms:\n  - set: {cramp: yes}\n    say: [\"cramp {x}\"]\n", 3, "unknown slot")]
    [InlineData("numbers:\n  - number: age\n    say: [\"aged\"]\n", 3, "needs {n}")]
    [InlineData("phrasez: []\n", 1, "unknown section 'phrasez'")]
    [InlineData("terms:\n  - set: {cramp: yes\n    say: [cramp]\n", 3, "not valid YAML")]
    public void Load_MalformedLexicon_NamesFileAndLine(string yaml, int line, string problem)
    {
        var error = Assert.Throws<KnowledgeException>(() => PhraseLexicon.Load(yaml, KnowledgeLoader.Default, "my-phrases.yaml"));

        Assert.Equal("my-phrases.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"my-phrases.yaml:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    /// <summary>Words runners use, words the parser treats specially, numbers, punctuation and noise.</summary>
    private static readonly string[] Vocabulary =
    [
        "no", "not", "don't", "never", "without", "not sure", "whether", "but", "and", "then", "or", "in", "on", "my", "the", "a", "an",
        "calf", "calves", "toes", "top", "of", "foot", "feet", "both", "left", "one", "numb", "pins", "needles", "cramp", "charley", "horse",
        "stretching", "helps", "doesn't", "help", "laces", "tight", "loosening", "swelling", "I'm", "45", "two", "twenty", "five", "half",
        "hour", "hours", "miles", "km", "3k", "10-15", "minutes", "in", "into", "after", "at", "mile", "%", "year", "old", "woman",
        "stop", "goes", "away", "when", "it", ",", ".", ";", "!", "?", "'", "-", "(", ")", "3rd", "2.5", "1.2.3", "é", "\u2019", "xyzzy",
    ];

    [Fact]
    public void Parse_AnyWordSequence_ReadsValidFactsWithoutThrowing()
    {
        var kb = KnowledgeLoader.Default;
        var texts = Gen.ListOf(Gen.Elements(Vocabulary)).Select(words => string.Join(" ", words.Take(40)));

        var property = Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var facts = PhraseParser.Parse(text);
            var evidence = PhraseParser.Apply(Evidence.Empty, facts);
            return facts.All(f => kb.Facts.ContainsKey(f.FactId) && text.Contains(f.Matched.Split(" (≈")[0], StringComparison.Ordinal))
                && facts.Where(f => f.FactId != PhraseParser.LocationFact).GroupBy(f => f.FactId).All(g => g.Count() == 1)
                && facts.Where(f => f.Value.Kind == FactValueKind.Number).All(f => f.Value.Number >= (kb.Facts[f.FactId].Min ?? double.MinValue)
                    && f.Value.Number <= (kb.Facts[f.FactId].Max ?? double.MaxValue))
                && evidence["location"].Choices.Distinct(StringComparer.Ordinal).Count() == evidence["location"].Choices.Count;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithReplay(20261122UL, 4243UL), property);
    }

    [Fact]
    public void Parse_OwnCaseSummaries_AgreeWithTheirCaseFacts()
    {
        var kb = KnowledgeLoader.Default;
        var parsed = 0;
        var disagreements = new List<string>();
        foreach (var file in Directory.GetFiles(TestData.OwnCases, "*.yaml").Order(StringComparer.Ordinal))
        {
            var @case = CaseParser.Parse(File.ReadAllText(file), Path.GetFileName(file), kb).Value;
            var truth = @case.Facts.WithImplications(kb).CloseWorld(kb); // the engine adds implications too
            foreach (var fact in PhraseParser.Parse(@case.Summary ?? ""))
            {
                parsed++;
                if (!Agrees(fact, truth[fact.FactId]))
                {
                    disagreements.Add($"{@case.Id}: {fact.FactId}={fact.Value} from '{fact.Matched}', case has {truth[fact.FactId]}");
                }
            }
        }

        // The summaries are written in runners' words; a few readings differ from how the case was coded
        // (e.g. "better after 20 minutes in the shade" read as resolving in 20 minutes). Our own cases are
        // harder than the public ones (83 of 1,370 readings differed, 6.1%, when this test moved onto them),
        // so the bound was 7%. The 64 blind cases of the v2 conditions (v5-, v6-) were coded by other authors, who
        // code fewer inferred facts (145 of 1,817 readings, 8.0%, when they joined), so the bound is 9%: a regression
        // in the parser still fails it.
        Assert.True(parsed >= 1000, $"only {parsed} facts read from the summaries");
        Assert.True(disagreements.Count <= parsed * 9 / 100, $"{disagreements.Count} of {parsed} disagree:\n" + string.Join('\n', disagreements));
    }

    private static bool Agrees(ParsedFact fact, FactValue truth) => fact.Value.Kind switch
    {
        FactValueKind.Choice when fact.FactId == PhraseParser.LocationFact => truth.Choices.Contains(fact.Value.Choices[0]),
        FactValueKind.Number => truth.Kind == FactValueKind.Number && Math.Abs(truth.Number - fact.Value.Number) <= Math.Max(5, 0.35 * truth.Number),
        _ => fact.Value.Equals(truth),
    };
}
