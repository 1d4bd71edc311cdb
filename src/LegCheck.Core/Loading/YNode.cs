using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Core.Loading;

/// <summary>
/// A YAML node that remembers its file, so every loading error can name the file and line.
/// We walk the representation model instead of deserialising into classes because that keeps the line numbers.
/// </summary>
internal sealed record YNode(string File, YamlNode Node)
{
    public long Line => Node.Start.Line;

    public KnowledgeException Error(string problem) => new(File, Line, problem);

    public YamlMappingNode Map => Node as YamlMappingNode ?? throw Error("expected a mapping");

    public bool Has(string key) => Map.Children.ContainsKey(new YamlScalarNode(key));

    public YNode? Opt(string key) =>
        Map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? new YNode(File, child) : null;

    public YNode Req(string key) => Opt(key) ?? throw Error($"missing '{key}'");

    public string Text => Node is YamlScalarNode { Value: { } v } && v.Length > 0 ? v : throw Error("expected a non-empty text");

    public double Number =>
        Node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw Error($"expected a number, got '{(Node as YamlScalarNode)?.Value}'");

    /// <summary>Exactly <c>true</c> or <c>false</c>: a typo such as <c>ture</c> is an error, never a silent false.</summary>
    public bool Bool => Node is YamlScalarNode { Value: var v } && v is "true" or "false"
        ? ((YamlScalarNode)Node).Value == "true"
        : throw Error($"expected true or false, got '{(Node as YamlScalarNode)?.Value}'");

    public bool? OptBool(string key) => Opt(key)?.Bool;

    /// <summary>The keys of this mapping that are not in <paramref name="allowed"/>, each as an error at its own line.</summary>
    public IEnumerable<KnowledgeError> UnknownKeys(IReadOnlySet<string> allowed) =>
        Map.Children.Where(kv => kv.Key is not YamlScalarNode { Value: { } k } || !allowed.Contains(k))
            .Select(kv => new KnowledgeError(File, kv.Key.Start.Line,
                $"unknown key '{(kv.Key as YamlScalarNode)?.Value}'; expected one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}"));

    public string Str(string key) => Req(key).Text;

    public string? OptStr(string key) => Opt(key)?.Text;

    public double Num(string key) => Req(key).Number;

    public double? OptNum(string key) => Opt(key)?.Number;

    public IEnumerable<YNode> Items =>
        (Node as YamlSequenceNode ?? throw Error("expected a list")).Children.Select(c => new YNode(File, c));

    public IEnumerable<YNode> List(string key) => Opt(key)?.Items ?? [];

    public IReadOnlyList<string> Strings(string key) => List(key).Select(n => n.Text).ToList();

    public IEnumerable<(string Key, YNode Value)> Pairs =>
        Map.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? "", new YNode(File, kv.Value)));
}
