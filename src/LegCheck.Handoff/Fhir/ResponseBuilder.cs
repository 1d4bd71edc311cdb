using Hl7.Fhir.Model;
using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using Evidence = LegCheck.Core.Cases.Evidence;

namespace LegCheck.Handoff.Fhir;

/// <summary>
/// The runner's answers as a QuestionnaireResponse against <see cref="QuestionnaireBuilder"/>'s questionnaire.
/// Only answers actually given appear: a "don't know", a question not asked and (for a case file) a yes/no fact
/// not mentioned have no answer here, because the closed world is the engine's reading, not the runner's word.
/// </summary>
public static class ResponseBuilder
{
    public static QuestionnaireResponse Build(KnowledgeBase kb, Evidence answers, ResourceReference subject, DateTimeOffset authored)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = QuestionnaireBuilder.Canonical(kb),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = subject,
            Authored = authored.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var question in kb.Questions)
        {
            if (QuestionnaireBuilder.IsGroup(question))
            {
                AddGroup(response.Item, question.Id, question.Text, question.SetsFacts.Select(f => (kb.Facts[f], $"{question.Id}.{f}")), answers);
            }
            else if (Item(kb.Facts[question.SetsFacts[0]], question.Id, question.Text, answers) is { } item)
            {
                response.Item.Add(item);
            }
        }

        AddGroup(
            response.Item,
            QuestionnaireBuilder.OtherFactsLinkId,
            "Other facts LegCheck reads that no interview question asks about",
            QuestionnaireBuilder.OtherFacts(kb).Select(f => (f, f.Id)),
            answers);
        return response;
    }

    private static void AddGroup(List<QuestionnaireResponse.ItemComponent> items, string linkId, string text, IEnumerable<(FactDef Fact, string LinkId)> facts, Evidence answers)
    {
        var group = new QuestionnaireResponse.ItemComponent { LinkId = linkId, Text = text };
        foreach (var (fact, factLinkId) in facts)
        {
            if (Item(fact, factLinkId, fact.Label, answers) is { } item)
            {
                group.Item.Add(item);
            }
        }

        if (group.Item.Count > 0)
        {
            items.Add(group);
        }
    }

    private static QuestionnaireResponse.ItemComponent? Item(FactDef fact, string linkId, string text, Evidence answers)
    {
        if (!answers.Has(fact.Id))
        {
            return null;
        }

        var value = answers[fact.Id];
        var item = new QuestionnaireResponse.ItemComponent { LinkId = linkId, Text = text };
        switch (value.Kind)
        {
            case FactValueKind.Yes or FactValueKind.No:
                item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = new FhirBoolean(value.Kind == FactValueKind.Yes) });
                break;
            case FactValueKind.Number:
                item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = new FhirDecimal((decimal)value.Number) });
                break;
            case FactValueKind.Choice:
                item.Answer.AddRange(value.Choices.Select(c => new QuestionnaireResponse.AnswerComponent { Value = LegCheckCodes.Value(fact.Id, c) }));
                break;
        }

        return item.Answer.Count > 0 ? item : null;
    }
}
