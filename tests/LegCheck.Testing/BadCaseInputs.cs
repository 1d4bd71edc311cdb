using System.Text;
using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.Loading;

namespace LegCheck.Testing;

/// <summary>One malformed case document and a field its errors must name.</summary>
public sealed record BadCaseInput(string Name, byte[] Body, string Field)
{
    public override string ToString() => Name;
}

/// <summary>
/// Malformed case documents that the CLI (as a <c>.json</c> case file) and the web API (as a request body) must
/// both refuse with the same field errors, because both read them through <see cref="CaseParser"/>. Size limits
/// differ by front end (a file limit, a body limit) and are tested on their own.
/// </summary>
public static class BadCaseInputs
{
    public static IReadOnlyList<BadCaseInput> All { get; } =
    [
        Row("truncated-json", """{"age": 34,""", FieldError.TopLevel),
        Row("trailing-text", """{"age": 34} x""", FieldError.TopLevel),
        Row("whitespace-only", "   ", FieldError.TopLevel),
        Row("top-level-list", "[1, 2]", FieldError.TopLevel),
        Row("top-level-string", "\"a case\"", FieldError.TopLevel),
        Row("top-level-null", "null", FieldError.TopLevel),
        Row("comment", """{"age": 34 /* years */}""", FieldError.TopLevel),
        Row("single-quotes", "{'age': 34}", FieldError.TopLevel),
        Row("nan-literal", """{"age": NaN}""", FieldError.TopLevel),
        Row("unknown-top-level-field", """{"ages": 34}""", "ages"),
        Row("answer-in-a-case", """{"answer": {"question": "q_feel", "values": []}}""", "answer"),
        Row("unknown-fact", """{"facts": {"crampy": "yes"}}""", "facts.crampy"),
        Row("mistyped-boolean", """{"facts": {"cramp": "ture"}}""", "facts.cramp"),
        Row("boolean-as-number", """{"facts": {"cramp": 1}}""", "facts.cramp"),
        Row("boolean-as-two-values", """{"facts": {"cramp": ["yes", "no"]}}""", "facts.cramp"),
        Row("boolean-as-object", """{"facts": {"cramp": {}}}""", "facts.cramp"),
        Row("number-as-words", """{"facts": {"run_minutes": "lots"}}""", "facts.run_minutes"),
        Row("number-below-range", """{"facts": {"run_minutes": -5}}""", "facts.run_minutes"),
        Row("number-infinite", """{"facts": {"run_minutes": 1e400}}""", "facts.run_minutes"),
        Row("number-as-boolean", """{"facts": {"run_minutes": true}}""", "facts.run_minutes"),
        Row("choice-unknown-value", """{"facts": {"side": "left"}}""", "facts.side"),
        Row("choice-two-values", """{"facts": {"side": ["one", "both"]}}""", "facts.side"),
        Row("location-unknown", """{"facts": {"location": ["calf", "moon"]}}""", "facts.location"),
        Row("location-holding-number", """{"facts": {"location": [1]}}""", "facts.location"),
        Row("location-as-object", """{"facts": {"location": {"calf": true}}}""", "facts.location"),
        Row("age-as-words", """{"age": "old"}""", "age"),
        Row("age-too-large", """{"age": 500}""", "age"),
        Row("sex-unknown", """{"sex": "robot"}""", "sex"),
        Row("sex-as-number", """{"sex": 1}""", "sex"),
        Row("facts-as-list", """{"facts": ["cramp"]}""", "facts"),
        Row("facts-as-text", """{"facts": "cramp"}""", "facts"),
        Row("duplicate-fact", """{"facts": {"chest_pain": "yes", "chest_pain": "no"}}""", "facts.chest_pain"),
        Row("duplicate-top-level", """{"age": 34, "age": 35}""", "age"),
        Row("age-given-twice-differently", """{"age": 34, "facts": {"age": 35}}""", "facts.age"),
        Row("id-as-number", """{"id": 5}""", "id"),
        Row("id-empty", """{"id": ""}""", "id"),
        Row("id-too-long", $$"""{"id": "{{new string('x', 300)}}"}""", "id"),
        Row("id-with-escape-sequence", """{"id": "a\u001b[31mb"}""", "id"),
        Row("id-with-newline", """{"id": "a\nb"}""", "id"),
        Row("summary-as-object", """{"summary": {}}""", "summary"),
        Row("summary-as-number", """{"summary": 5}""", "summary"),
        Row("lone-surrogate-value", """{"facts": {"side": "\ud800"}}""", "facts.side"),
        Row("lone-low-surrogate-in-list", """{"facts": {"location": ["\udc00"]}}""", "facts.location[0]"),
        Bytes("invalid-utf8-value", """{"facts": {"side": "#"}}""", "facts.side"),
        Row("deep-nesting", new string('[', 40_000), FieldError.TopLevel + "[0]"),
        Row("deep-nesting-in-facts", """{"facts": {"cramp": {"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}}}""", "facts.cramp.a.b.c.d.e.f"),
        Row("too-many-facts", "{\"facts\": {" + string.Join(", ", Enumerable.Range(0, 600).Select(i => $"\"f{i}\": 1")) + "}}", "facts"),
        Row("expected-as-text", """{"expected": "heat_stroke"}""", "expected"),
        Row("expected-unknown-triage", """{"expected": {"condition": "heat_stroke", "triage": "soon"}}""", "expected.triage"),
        Row("expected-unknown-condition", """{"expected": {"condition": "flu", "triage": "self_care"}}""", "expected.condition"),
        Row("expected-missing-condition", """{"expected": {"triage": "self_care"}}""", "expected.condition"),
        Row("expected-unknown-field", """{"expected": {"condition": "heat_stroke", "triage": "emergency", "notes": "x"}}""", "expected.notes"),
        Row("expected-unknown-advice", """{"expected": {"condition": "heat_stroke", "triage": "emergency", "advice_required": ["nap"]}}""", "expected.advice_required[0]"),
        Row("two-bad-fields", """{"age": "x", "sex": "y"}""", "sex"),
    ];

    /// <summary>The errors the one parser gives, as <c>field: message</c> lines in order; both front ends must print exactly these.</summary>
    public static IReadOnlyList<string> Verdict(BadCaseInput input) =>
        CaseParser.Parse(input.Body, CaseSyntax.Json, KnowledgeLoader.Default, "case").Errors.Select(e => e.ToString()).ToList();

    public static IEnumerable<object[]> Names() => All.Select(i => new object[] { i.Name });

    public static BadCaseInput Named(string name) => All.Single(i => i.Name == name);

    private static BadCaseInput Row(string name, string json, string field) => new(name, Encoding.UTF8.GetBytes(json), field);

    /// <summary>A body with one invalid UTF-8 byte where <c>#</c> stands.</summary>
    private static BadCaseInput Bytes(string name, string json, string field) =>
        new(name, Encoding.UTF8.GetBytes(json).Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray(), field);
}
