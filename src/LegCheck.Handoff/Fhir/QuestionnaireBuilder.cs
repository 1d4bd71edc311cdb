using Hl7.Fhir.Model;
using LegCheck.Core.Model;

namespace LegCheck.Handoff.Fhir;

/// <summary>
/// The interview as a FHIR Questionnaire, generated from questions.yaml: one item per question, linkId the
/// question id. A yes/no question is a boolean item; a choice question a choice item whose options are the
/// fact's values; a tick-list over yes/no facts a group of boolean items (linkId question.fact), so that an
/// unticked box is recorded as "no"; a number question a decimal item. Facts that no question asks about
/// are gathered in one last group, so every answer the engine read has a place.
/// </summary>
public static class QuestionnaireBuilder
{
    public const string OtherFactsLinkId = "other_facts";

    public static Questionnaire Build(KnowledgeBase kb)
    {
        var q = new Questionnaire
        {
            Url = LegCheckCodes.QuestionnaireUrl,
            Version = Version(kb),
            Name = "LegCheckInterview",
            Title = "LegCheck: calf cramps, foot cramps and numb or tingling feet in runners",
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Description = new Markdown("The questions LegCheck's interview may ask. Answers are the runner's own; LegCheck is not a diagnosis."),
        };
        foreach (var question in kb.Questions)
        {
            q.Item.Add(Item(kb, question));
        }

        var other = OtherFacts(kb);
        if (other.Count > 0)
        {
            var group = new Questionnaire.ItemComponent
            {
                LinkId = OtherFactsLinkId,
                Text = "Other facts LegCheck reads that no interview question asks about",
                Type = Questionnaire.QuestionnaireItemType.Group,
            };
            group.Item.AddRange(other.Select(f => FactItem(f, f.Id, f.Label)));
            q.Item.Add(group);
        }

        return q;
    }

    /// <summary>The questionnaire's version: the number of questions and facts, which changes whenever an item is added.</summary>
    public static string Version(KnowledgeBase kb) => $"{kb.Questions.Count}q.{kb.Facts.Count}f";

    public static string Canonical(KnowledgeBase kb) => $"{LegCheckCodes.QuestionnaireUrl}|{Version(kb)}";

    /// <summary>The facts no question sets, in knowledge-base order.</summary>
    public static IReadOnlyList<FactDef> OtherFacts(KnowledgeBase kb)
    {
        var asked = kb.Questions.SelectMany(q => q.SetsFacts).ToHashSet(StringComparer.Ordinal);
        return kb.Facts.Values.Where(f => !asked.Contains(f.Id)).ToList();
    }

    /// <summary>A tick-list over yes/no facts is a group; anything else sets one fact and is one item.</summary>
    public static bool IsGroup(Question question) => question.Type == QuestionType.MultiChoice && question.SetsFacts.Count > 1;

    private static Questionnaire.ItemComponent Item(KnowledgeBase kb, Question question)
    {
        if (!IsGroup(question))
        {
            var fact = kb.Facts[question.SetsFacts[0]];
            var item = FactItem(fact, question.Id, question.Text);
            item.Repeats = question.Type == QuestionType.MultiChoice ? true : null;
            return item;
        }

        var group = new Questionnaire.ItemComponent
        {
            LinkId = question.Id,
            Text = question.Text,
            Type = Questionnaire.QuestionnaireItemType.Group,
        };
        foreach (var factId in question.SetsFacts)
        {
            var fact = kb.Facts[factId];
            group.Item.Add(FactItem(fact, $"{question.Id}.{fact.Id}", fact.Label));
        }

        return group;
    }

    private static Questionnaire.ItemComponent FactItem(FactDef fact, string linkId, string text)
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = linkId,
            Text = text,
            Type = fact.Type switch
            {
                FactType.Bool => Questionnaire.QuestionnaireItemType.Boolean,
                FactType.Number => Questionnaire.QuestionnaireItemType.Decimal,
                _ => Questionnaire.QuestionnaireItemType.Choice,
            },
            Repeats = fact.Type == FactType.MultiChoice ? true : null,
        };
        item.Code.Add(LegCheckCodes.Fact(fact.Id, fact.Label));
        foreach (var value in fact.Values)
        {
            item.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = LegCheckCodes.Value(fact.Id, value) });
        }

        return item;
    }
}
