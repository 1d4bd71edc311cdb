using LegCheck.Core.Model;

namespace LegCheck.Core.Loading;

internal sealed partial class KnowledgeReader
{
    public InterviewGuide ReadInterview(YNode root, IReadOnlyList<Question> questions)
    {
        Check(root, "interview.yaml");
        var ids = questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string> QuestionIds(YNode node, string key, string owner) => Soft(() =>
        {
            var list = node.Strings(key);
            foreach (var id in list.Where(id => !ids.Contains(id)))
            {
                throw node.Error($"{owner}: unknown question '{id}'");
            }

            return list;
        }, []);

        var presentations = new List<Presentation>();
        Entries(root, "presentations", "interview.yaml#presentation", (node, id) =>
        {
            var when = When(node, "when");
            var ask = QuestionIds(node, "ask", $"presentation '{id}'");
            if (when.IsAlways || ask.Count == 0)
            {
                throw node.Error($"presentation '{id}' needs 'when' tests and questions to 'ask'");
            }

            presentations.Add(new Presentation(id, when, ask, node.Str("why")));
        });

        var gates = new List<QuestionGate>();
        Each(root, "gates", "interview.yaml#gate", node =>
        {
            var id = node.Str("question");
            if (!ids.Contains(id))
            {
                throw node.Error($"gate: unknown question '{id}'");
            }

            gates.Add(new QuestionGate(id, When(node, "only_when"), node.Has("skip_when") ? When(node, "skip_when") : null, Flag(node, "not_when_urgent")));
        });

        return new InterviewGuide
        {
            Opening = QuestionIds(root, "opening", "opening"),
            Screens = QuestionIds(root, "screens", "screens"),
            Presentations = presentations,
            Gates = gates,
            FirstAid = QuestionIds(root, "first_aid", "first_aid"),
        };
    }

    /// <summary><c>key: {all: [...], any: [...]}</c>, the tests of a triage rule; absent means always.</summary>
    private FactCondition When(YNode node, string key) =>
        node.Opt(key) is { } when
            ? new FactCondition(Check(when, "interview.yaml#when").List("all").Select(Test).ToList(), AnyGroups(when))
            : FactCondition.Always;
}
