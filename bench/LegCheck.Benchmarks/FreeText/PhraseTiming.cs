using System.Diagnostics;
using System.Globalization;
using LegCheck.Core.FreeText;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Benchmarks.FreeText;

/// <summary>
/// Free-text parse time per phrase over the blind corpus (tests/phrasings/blind): the lexicon's load time once,
/// then p50 and p99 of single <see cref="PhraseParser.Parse(string)"/> calls over many rounds, and the managed memory the
/// lexicon holds. Percentiles need the raw samples, so this is a timing script rather than a BenchmarkDotNet job.
/// </summary>
internal static class PhraseTiming
{
    public static void Run(int rounds = 50)
    {
        var texts = Texts();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var load = Stopwatch.StartNew();
        var lexicon = PhraseLexicon.Default;
        load.Stop();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;

        // The first parse of each text also warms the typo cache; it is timed separately.
        var cold = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            PhraseParser.Parse(text);
        }

        cold.Stop();

        // Let tiered compilation finish before timing, as a long-running server would have.
        for (var r = 0; r < 10; r++)
        {
            texts.ForEach(t => PhraseParser.Parse(t));
        }

        Thread.Sleep(500);
        var samples = new List<double>(texts.Count * rounds);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                PhraseParser.Parse(text);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        samples.Sort();
        double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Floor(q * samples.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lexicon: {lexicon.PhraseCount} phrasings, {lexicon.PatternCount} phrase lines, load {load.Elapsed.TotalMilliseconds:0} ms (with the knowledge base), about {held / 1024.0 / 1024.0:0.0} MB held"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first pass over {texts.Count} phrasings: {cold.Elapsed.TotalMilliseconds / texts.Count:0.000} ms each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse over {samples.Count} calls: p50 {P(0.50):0.000} ms, p90 {P(0.90):0.000} ms, p99 {P(0.99):0.000} ms, max {samples[^1]:0.000} ms"));
    }

    private static List<string> Texts()
    {
        var folder = Path.Combine(Root(), "tests", "phrasings", "blind");
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            foreach (var entry in ((YamlSequenceNode)stream.Documents[0].RootNode).Children.OfType<YamlMappingNode>())
            {
                texts.Add(((YamlScalarNode)entry.Children[new YamlScalarNode("text")]).Value!);
            }
        }

        return texts;
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
