using LegCheck.Core.Input;
using LegCheck.Core.Model;

namespace LegCheck.Core.Cases;

/// <summary>Which top-level fields a document may carry besides <c>age</c>, <c>sex</c> and <c>facts</c>.</summary>
public enum CaseShape
{
    /// <summary>A case file (and the assess request): <c>id</c>, <c>summary</c>, <c>expected</c>.</summary>
    CaseFile,

    /// <summary>An interview step: the <c>answer</c> to the last question.</summary>
    InterviewStep,

    /// <summary>The facts alone, as the browser interview carries them between pages.</summary>
    FactsOnly,
}

/// <summary>
/// The one reader of the case format, for YAML and JSON alike: the CLI's case files, the web API's bodies
/// and the web pages' hidden state all go through it, so they accept and refuse the same things with the
/// same messages. Every problem is collected as a <see cref="FieldError"/>; nothing is thrown.
/// </summary>
public static class CaseParser
{
    private static readonly string[] CaseFileKeys = ["id", "summary", "age", "sex", "facts", "expected"];
    private static readonly string[] InterviewKeys = ["age", "sex", "facts", "answer"];
    private static readonly string[] FactsOnlyKeys = ["facts"];
    private static readonly string[] ExpectedKeys = ["condition", "also_acceptable", "triage", "advice_required", "advice_forbidden"];

    /// <summary>Parses the bytes of a case file or request body.</summary>
    public static Validated<Case> Parse(ReadOnlySpan<byte> utf8, CaseSyntax syntax, KnowledgeBase kb, string defaultId, CaseShape shape = CaseShape.CaseFile)
    {
        var document = CaseDocument.Parse(utf8, syntax);
        return document.IsValid ? Read(document.Value, kb, defaultId, shape) : Validated.Fail<Case>(document.Errors);
    }

    /// <summary>Parses case text named by its file (the syntax follows the extension; the id defaults to the file's name).</summary>
    public static Validated<Case> Parse(string text, string fileName, KnowledgeBase kb) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(text), CaseDocument.SyntaxOf(fileName), kb, Path.GetFileNameWithoutExtension(fileName));

    public static Validated<Case> Read(InputNode root, KnowledgeBase kb, string defaultId, CaseShape shape = CaseShape.CaseFile)
    {
        var allowed = shape switch
        {
            CaseShape.CaseFile => CaseFileKeys,
            CaseShape.InterviewStep => InterviewKeys,
            _ => FactsOnlyKeys,
        };
        if (root is not InputMap map)
        {
            return Validated.Fail<Case>(FieldError.TopLevel, $"expected an object with {string.Join(", ", allowed)}, got {root.Describe()}");
        }

        var errors = new List<FieldError>();
        foreach (var (key, _) in map.Entries.Where(e => !allowed.Contains(e.Key, StringComparer.Ordinal)))
        {
            errors.Add(new FieldError(InputPath.Key("", key), $"unknown field; expected {string.Join(", ", allowed)}"));
        }

        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var person in (string[])["age", "sex"])
        {
            if (allowed.Contains(person, StringComparer.Ordinal) && map.Get(person) is { } node)
            {
                AddFact(kb, person, node, person, values, errors);
            }
        }

        ReadFacts(kb, map.Get("facts"), values, errors);
        var id = ReadText(map.Get("id"), "id", "a case id: ", InputLimits.MaxIdLength, singleLine: true, errors) ?? defaultId;
        var summary = ReadText(map.Get("summary"), "summary", "", InputLimits.MaxBytes, singleLine: false, errors);
        var expected = map.Get("expected") is { } exp && shape == CaseShape.CaseFile ? ReadExpected(kb, exp, errors) : null;
        return errors.Count > 0
            ? Validated.Fail<Case>(errors)
            : Validated.Ok<Case>(new Case(id, summary, Evidence.From(values), expected));
    }

    /// <summary>Validates one fact's value as a document gave it; used by every input path.</summary>
    public static Validated<FactValue> ReadFact(KnowledgeBase kb, string factId, InputNode node, string field)
    {
        if (!kb.Facts.TryGetValue(factId, out var fact))
        {
            return Validated.Fail<FactValue>(field, "unknown fact id; the ids are listed in case-format.md (and by GET /api/v1/knowledge/facts)");
        }

        string? error;
        var value = FactValue.Unknown;
        switch (node)
        {
            case InputScalar { Kind: ScalarKind.Null }:
                error = null;
                break;
            case InputScalar { Kind: ScalarKind.Bool } b when fact.Type == FactType.Bool:
                value = FactValue.Of(b.Text == "true");
                error = null;
                break;
            case InputScalar { Kind: ScalarKind.Bool } b:
                error = $"expected {FactParser.Expected(fact)}, got {b.Text}";
                break;
            case InputScalar scalar:
                error = FactParser.TryParse(fact, scalar.Text, out value);
                break;
            case InputList list when list.Items.FirstOrDefault(i => i is not InputScalar { Kind: ScalarKind.String }) is { } odd:
                error = $"expected {FactParser.Expected(fact)}, got a list holding {odd.Describe()}";
                break;
            case InputList list:
                error = FactParser.TryParse(fact, list.Items.Select(i => ((InputScalar)i).Text).ToList(), out value);
                break;
            default:
                error = $"expected {FactParser.Expected(fact)}, got {node.Describe()}";
                break;
        }

        return error is null ? Validated.Ok<FactValue>(value) : Validated.Fail<FactValue>(field, error);
    }

    private static void ReadFacts(KnowledgeBase kb, InputNode? node, Dictionary<string, FactValue> values, List<FieldError> errors)
    {
        switch (node)
        {
            case null or InputScalar { Kind: ScalarKind.Null }:
                return;
            case InputMap facts:
                foreach (var (factId, value) in facts.Entries)
                {
                    var field = InputPath.Key("facts", factId);
                    // The contract lets age and sex stand at the top level and among the facts; the same value in both
                    // places says one thing twice, and only a conflict is an error.
                    if (values.TryGetValue(factId, out var topLevel))
                    {
                        if (ReadFact(kb, factId, value, field).TryGet(out var again, out var problems))
                        {
                            if (!again.Equals(topLevel))
                            {
                                errors.Add(new FieldError(field, $"is {again}, but the top-level {factId} is {topLevel}; give one value"));
                            }
                        }
                        else
                        {
                            errors.AddRange(problems);
                        }

                        continue;
                    }

                    AddFact(kb, factId, value, field, values, errors);
                }

                return;
            default:
                errors.Add(new FieldError("facts", $"expected an object of fact id to value, got {node.Describe()}"));
                return;
        }
    }

    private static void AddFact(KnowledgeBase kb, string factId, InputNode node, string field, Dictionary<string, FactValue> values, List<FieldError> errors)
    {
        var read = ReadFact(kb, factId, node, field);
        if (read.TryGet(out var value, out var problems))
        {
            values[factId] = value;
        }
        else
        {
            errors.AddRange(problems);
        }
    }

    /// <summary>An optional text field; null (or absent) means not given.</summary>
    private static string? ReadText(InputNode? node, string field, string what, int maxLength, bool singleLine, List<FieldError> errors)
    {
        switch (node)
        {
            case null or InputScalar { Kind: ScalarKind.Null }:
                return null;
            // An id names output and files, so it must be plain; a summary is free text, neutralised when printed.
            case InputScalar { Kind: ScalarKind.String, Text: var text }
                when text.Length is > 0 && text.Length <= maxLength && !(singleLine && text.Any(char.IsControl)):
                return text;
            default:
                var shape = singleLine ? " on one line" : "";
                errors.Add(new FieldError(field, $"expected {what}text of 1 to {maxLength} characters{shape}, got {Describe(node)}"));
                return null;
        }
    }

    private static ExpectedLabels? ReadExpected(KnowledgeBase kb, InputNode node, List<FieldError> errors)
    {
        if (node is not InputMap expected)
        {
            errors.Add(new FieldError("expected", $"expected an object with {string.Join(", ", ExpectedKeys)}, got {node.Describe()}"));
            return null;
        }

        foreach (var (key, _) in expected.Entries.Where(e => !ExpectedKeys.Contains(e.Key, StringComparer.Ordinal)))
        {
            errors.Add(new FieldError(InputPath.Key("expected", key), $"unknown field; expected {string.Join(", ", ExpectedKeys)}"));
        }

        var conditionIds = kb.Conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var condition = Id(expected.Get("condition"), "expected.condition", conditionIds, "condition", errors);
        var triage = Id(expected.Get("triage"), "expected.triage", TriageLevels.All, "triage level", errors);
        var adviceIds = kb.Advice.Keys.ToHashSet(StringComparer.Ordinal);
        var labels = new ExpectedLabels(
            condition ?? "",
            Ids(expected.Get("also_acceptable"), "expected.also_acceptable", conditionIds, "condition", errors),
            triage ?? "",
            Ids(expected.Get("advice_required"), "expected.advice_required", adviceIds, "advice", errors),
            Ids(expected.Get("advice_forbidden"), "expected.advice_forbidden", adviceIds, "advice", errors));
        return condition is null || triage is null ? null : labels;
    }

    private static string? Id(InputNode? node, string field, IEnumerable<string> known, string what, List<FieldError> errors)
    {
        if (node is InputScalar { Kind: ScalarKind.String, Text: var id } && known.Contains(id, StringComparer.Ordinal))
        {
            return id;
        }

        var problem = node switch
        {
            null => "missing",
            InputScalar { Kind: ScalarKind.String, Text: var text } => $"unknown {what} id {Echo.Quote(text)}",
            _ => $"expected a {what} id, got {node.Describe()}",
        };
        errors.Add(new FieldError(field, problem + (node is null || known.Count() > 12 ? "" : $"; expected one of {string.Join(", ", known)}")));
        return null;
    }

    private static List<string> Ids(InputNode? node, string field, IReadOnlySet<string> known, string what, List<FieldError> errors)
    {
        switch (node)
        {
            case null or InputScalar { Kind: ScalarKind.Null }:
                return [];
            case InputList list:
                var ids = new List<string>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (Id(list.Items[i], InputPath.Item(field, i), known, what, errors) is { } id)
                    {
                        ids.Add(id);
                    }
                }

                return ids;
            default:
                errors.Add(new FieldError(field, $"expected a list of {what} ids, got {node.Describe()}"));
                return [];
        }
    }

    private static string Describe(InputNode node) => node switch
    {
        InputScalar { Kind: ScalarKind.String, Text: var text } when text.Any(char.IsControl) => "text with a control character",
        InputScalar { Kind: ScalarKind.String, Text: var text } => $"{text.Length} characters",
        _ => node.Describe(),
    };
}
