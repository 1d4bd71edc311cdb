using LegCheck.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Core.Cases;

/// <summary>
/// Reads a case in the contract's format (YAML, or the same structure as JSON) from text.
/// The caller reads the file; this stays free of I/O.
/// </summary>
public static class CaseParser
{
    public static Case Parse(string text, string fileName, KnowledgeBase kb)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                throw new CaseFormatException(fileName, "(top level)", "expected a mapping with id, age, sex and facts");
            }

            root = map;
        }
        catch (YamlException e)
        {
            throw new CaseFormatException(fileName, $"line {e.Start.Line}", $"not valid YAML or JSON ({e.Message})");
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports a file that ends inside an unclosed bracket or quote this way.
            throw new CaseFormatException(fileName, "(end of file)", $"not valid YAML or JSON ({e.Message})");
        }

        var id = Scalar(root, "id") ?? Path.GetFileNameWithoutExtension(fileName);
        var evidence = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        ReadPerson(root, fileName, kb, evidence);

        if (Child(root, "facts") is { } factsNode)
        {
            if (factsNode is not YamlMappingNode facts)
            {
                throw new CaseFormatException(fileName, "facts", "expected a mapping of fact id to value");
            }

            foreach (var (keyNode, valueNode) in facts.Children)
            {
                var factId = ((YamlScalarNode)keyNode).Value ?? "";
                evidence[factId] = ParseFact(kb, fileName, factId, valueNode);
            }
        }

        return new Case(id, Scalar(root, "summary"), Evidence.From(evidence), ReadExpected(root, fileName));
    }

    /// <summary>Validates one raw fact against the knowledge base; used by every input path.</summary>
    public static FactValue ParseFact(KnowledgeBase kb, string fileName, string factId, YamlNode node)
    {
        var field = $"facts.{factId}";
        if (!kb.Facts.TryGetValue(factId, out var fact))
        {
            throw new CaseFormatException(fileName, field, "unknown fact id (see case-format.md for the vocabulary)");
        }

        string? error;
        FactValue value;
        switch (node)
        {
            case YamlScalarNode scalar:
                error = FactParser.TryParse(fact, scalar.Value ?? "", out value);
                break;
            case YamlSequenceNode seq:
                var items = seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToList();
                error = FactParser.TryParse(fact, items, out value);
                break;
            default:
                throw new CaseFormatException(fileName, field, "expected a value or a list of values");
        }

        return error is null ? value : throw new CaseFormatException(fileName, field, error);
    }

    private static void ReadPerson(YamlMappingNode root, string fileName, KnowledgeBase kb, Dictionary<string, FactValue> evidence)
    {
        if (Child(root, "age") is YamlScalarNode age)
        {
            evidence["age"] = ParseFact(kb, fileName, "age", age);
        }

        if (Child(root, "sex") is YamlScalarNode sex)
        {
            var text = sex.Value ?? "";
            if (text is not ("female" or "male"))
            {
                throw new CaseFormatException(fileName, "sex", $"expected female or male, got '{text}'");
            }

            evidence["sex"] = FactValue.Of([text]);
        }
    }

    private static ExpectedLabels? ReadExpected(YamlMappingNode root, string fileName)
    {
        if (Child(root, "expected") is not YamlMappingNode expected)
        {
            return null;
        }

        var triage = Scalar(expected, "triage") ?? "";
        if (!TriageLevels.TryParse(triage, out _))
        {
            throw new CaseFormatException(fileName, "expected.triage", $"expected one of {string.Join(", ", TriageLevels.All)}");
        }

        return new ExpectedLabels(
            Scalar(expected, "condition") ?? throw new CaseFormatException(fileName, "expected.condition", "missing"),
            List(expected, "also_acceptable"),
            triage,
            List(expected, "advice_required"),
            List(expected, "advice_forbidden"));
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode s ? s.Value : null;

    private static List<string> List(YamlMappingNode map, string key) =>
        Child(map, key) is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];
}
