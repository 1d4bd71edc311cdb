using LegCheck.Core.Model;

namespace LegCheck.Core.Loading;

internal sealed partial class KnowledgeReader
{
    private static readonly Dictionary<string, QuestionType> QuestionTypes = new(StringComparer.Ordinal)
    {
        ["yesno"] = QuestionType.YesNo,
        ["choice"] = QuestionType.SingleChoice,
        ["multi"] = QuestionType.MultiChoice,
        ["number"] = QuestionType.Number,
    };

    // A misspelt stage would otherwise demote an opening question to the information-gain pool in silence.
    private static readonly Dictionary<string, bool> Stages = new(StringComparer.Ordinal) { ["start"] = true };

    public List<Question> ReadQuestions(YNode root)
    {
        var list = new List<Question>();
        Check(root, "questions.yaml");
        Entries(root, "questions", "questions.yaml#question", (node, id) =>
        {
            var type = OneOf(node, "type", $"question '{id}'", QuestionTypes);
            var facts = node.Strings("facts");
            if (facts.Count == 0)
            {
                throw node.Error($"question '{id}': lists no facts");
            }

            foreach (var f in facts.Where(f => !_facts.ContainsKey(f)))
            {
                throw node.Error($"question '{id}': unknown fact '{f}'");
            }

            var first = _facts[facts[0]];
            var options = node.List("options").Select(o => Check(o, "questions.yaml#option")).Select(o => new QuestionOption(o.Str("value"), o.Str("label"))).ToList();
            if (type is QuestionType.SingleChoice or QuestionType.MultiChoice && options.Count == 0)
            {
                // A choice over one fact offers that fact's values; a multi over booleans offers the facts.
                options = facts.Count == 1
                    ? first.Values.Select(v => new QuestionOption(v, v.Replace('_', ' '))).ToList()
                    : facts.Select(f => new QuestionOption(f, _facts[f].Label)).ToList();
            }

            list.Add(new Question
            {
                Id = id,
                Text = node.Str("text"),
                Type = type,
                SetsFacts = facts,
                Options = options,
                Why = node.Str("why"),
                Sources = Sources(node),
                Unit = first.Unit,
                Min = first.Min,
                Max = first.Max,
                IsStart = node.Has("stage") && OneOf(node, "stage", $"question '{id}'", Stages),
            });
        });

        return list;
    }
}
