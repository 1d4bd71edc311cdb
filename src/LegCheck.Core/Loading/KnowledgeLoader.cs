using LegCheck.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegCheck.Core.Loading;

/// <summary>
/// Loads the YAML knowledge base and validates it as it goes, so that an unknown id, a missing source
/// or a probability outside (0,1) fails with the file and line that hold it.
/// </summary>
public static class KnowledgeLoader
{
    public static readonly IReadOnlyList<string> FileNames =
        ["sources.yaml", "facts.yaml", "advice.yaml", "conditions.yaml", "triage.yaml", "tailoring.yaml", "questions.yaml", "interview.yaml"];

    private static readonly Lazy<KnowledgeBase> Embedded = new(() => Load(ReadEmbedded()));

    /// <summary>The knowledge base compiled into this assembly; loaded once per process.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    public static IReadOnlyDictionary<string, string> ReadEmbedded()
    {
        var assembly = typeof(KnowledgeLoader).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            using var stream = assembly.GetManifestResourceStream("knowledge/" + name)
                ?? throw new KnowledgeException(name, 0, "missing from the embedded knowledge base");
            using var reader = new StreamReader(stream);
            files[name] = reader.ReadToEnd();
        }

        return files;
    }

    /// <summary>Loads from file name to YAML text; every name in <see cref="FileNames"/> must be present.</summary>
    public static KnowledgeBase Load(IReadOnlyDictionary<string, string> files)
    {
        YNode Root(string name)
        {
            if (!files.TryGetValue(name, out var text))
            {
                throw new KnowledgeException(name, 0, "file is missing");
            }

            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                return stream.Documents.Count == 0
                    ? throw new KnowledgeException(name, 1, "file is empty")
                    : new YNode(name, stream.Documents[0].RootNode);
            }
            catch (YamlException e)
            {
                throw new KnowledgeException(name, e.Start.Line, "not valid YAML: " + e.Message);
            }
            catch (InvalidOperationException e)
            {
                // YamlDotNet reports a file that ends inside an unclosed bracket or quote this way.
                throw new KnowledgeException(name, text.Count(c => c == '\n') + 1, "not valid YAML: " + e.Message);
            }
        }

        // Every file is parsed first, so broken YAML in several files is reported together; the entries cannot be read without them.
        var roots = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var errors = new List<KnowledgeError>();
        foreach (var name in FileNames)
        {
            try
            {
                roots[name] = Root(name);
            }
            catch (KnowledgeException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new KnowledgeException(errors);
        }

        var reader = new KnowledgeReader();
        var sources = reader.ReadSources(roots["sources.yaml"]);
        var facts = reader.ReadFacts(roots["facts.yaml"]);
        var advice = reader.ReadAdvice(roots["advice.yaml"]);
        var conditions = reader.ReadConditions(roots["conditions.yaml"]);
        var rules = reader.ReadTriageRules(roots["triage.yaml"]);
        var explanations = reader.ReadExplanations(roots["triage.yaml"]);
        var tailoring = reader.ReadTailoring(roots["tailoring.yaml"]);
        var questions = reader.ReadQuestions(roots["questions.yaml"]);
        var interview = reader.ReadInterview(roots["interview.yaml"], questions);
        if (reader.Errors.Count > 0)
        {
            // Whole-base checks would mostly repeat these (an entry that failed to read is "not defined").
            throw new KnowledgeException(reader.Errors);
        }

        var kb = new KnowledgeBase
        {
            Sources = sources,
            Facts = facts,
            Advice = advice,
            Conditions = conditions,
            TriageRules = rules,
            Explanations = explanations,
            Tailoring = tailoring,
            Questions = questions,
            Interview = interview,
            EvidenceWeight = reader.EvidenceWeight,
            ClosedWorldWeight = reader.ClosedWorldWeight,
        };
        KnowledgeValidator.Validate(kb);
        return kb;
    }
}
