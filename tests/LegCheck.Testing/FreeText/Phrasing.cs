using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Testing.FreeText;

/// <summary>
/// One entry of the blind corpus in tests/phrasings/blind: a text as a runner typed it, the facts it must yield
/// (with values), the facts it must not set to yes (numbers: must not set at all), and whether it asserts an alarm sign.
/// </summary>
public sealed record Phrasing(string File, int Index, string Text, IReadOnlyDictionary<string, FactValue> Must, IReadOnlyList<string> MustNot, bool Alarm)
{
    /// <summary>Every third entry of each file (the 3rd, 6th, ...) is held out: it is never looked at while tuning the parser.
    /// Every entry of another folder than the own corpus is held out.</summary>
    public bool HeldOut => Index % 3 == 2 || PhrasingCorpus.IsOtherFolder;

    public override string ToString() => $"{File}#{Index + 1}";
}

/// <summary>
/// Reads a corpus folder: tests/phrasings/blind, or the folder named by <c>LEGCHECK_PHRASINGS_DIR</c> (absolute, or relative
/// to the repository), so that a later held-out set is scored by the same code. A malformed entry fails with the file,
/// the entry and the problem.
/// </summary>
public static class PhrasingCorpus
{
    public const string FolderVariable = "LEGCHECK_PHRASINGS_DIR";

    /// <summary>The files of the repository's own corpus, in the order they are reported.</summary>
    private static readonly string[] OwnFiles = ["everyday", "tricky", "alarm"];

    public static string DefaultFolder => Path.Combine(RepoPaths.Root, "tests", "phrasings", "blind");

    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } dir
        ? Path.GetFullPath(Path.IsPathRooted(dir) ? dir : Path.Combine(RepoPaths.Root, dir))
        : DefaultFolder;

    /// <summary>True when another folder is scored: all of it is then held out, and its texts are never printed.</summary>
    public static bool IsOtherFolder => !string.Equals(Path.TrimEndingDirectorySeparator(Folder), Path.TrimEndingDirectorySeparator(DefaultFolder), StringComparison.Ordinal);

    /// <summary>The yaml files of the folder without extension: the own corpus in its order, then the rest by name.</summary>
    public static IReadOnlyList<string> Files => Directory.Exists(Folder)
        ? [.. Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!)
            .OrderBy(f => Array.IndexOf(OwnFiles, f) is var i and >= 0 ? i : OwnFiles.Length).ThenBy(f => f, StringComparer.Ordinal)]
        : throw new DirectoryNotFoundException($"{FolderVariable}: no corpus folder at {Folder}");

    public static IReadOnlyList<Phrasing> Load(KnowledgeBase kb) => [.. Files.SelectMany(f => Load(f, kb))];

    public static IReadOnlyList<Phrasing> Load(string name, KnowledgeBase kb)
    {
        var path = Path.Combine(Folder, name + ".yaml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var entries = (YamlSequenceNode)stream.Documents[0].RootNode;
        return [.. entries.Children.Select((node, i) => Read(name, i, (YamlMappingNode)node, kb))];
    }

    private static Phrasing Read(string file, int index, YamlMappingNode node, KnowledgeBase kb)
    {
        string Where() => $"{file}.yaml entry {index + 1}";
        YamlNode? Get(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        var text = (Get("text") as YamlScalarNode)?.Value ?? throw new InvalidDataException(Where() + ": missing text");
        var must = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var (key, value) in (Get("must") as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var id = ((YamlScalarNode)key).Value!;
            var fact = kb.Facts.TryGetValue(id, out var def) ? def : throw new InvalidDataException($"{Where()}: unknown fact '{id}'");
            var raw = value is YamlSequenceNode list ? list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList() : [((YamlScalarNode)value).Value!];
            if (FactParser.TryParse(fact, raw, out var parsed) is { } problem)
            {
                throw new InvalidDataException($"{Where()}: {id}: {problem}");
            }

            must[id] = parsed;
        }

        var mustNot = ((Get("must_not") as YamlSequenceNode)?.Children ?? Enumerable.Empty<YamlNode>()).Select(c => ((YamlScalarNode)c).Value!).ToList();
        foreach (var id in mustNot.Where(id => !kb.Facts.ContainsKey(id)))
        {
            throw new InvalidDataException($"{Where()}: unknown must_not fact '{id}'");
        }

        var alarm = (Get("alarm") as YamlScalarNode)?.Value is "true" or "yes";
        return new Phrasing(file, index, text, must, mustNot, alarm);
    }
}
