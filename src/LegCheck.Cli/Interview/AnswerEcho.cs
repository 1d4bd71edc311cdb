using System.Globalization;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;

namespace LegCheck.Cli.Interview;

/// <summary>
/// The line left on screen for each answered question ("Q3 When does it happen? → at night"): an arrow-key prompt
/// erases itself once answered, and scrolling back must show what the runner said, not only the progress bars.
/// </summary>
public static class AnswerEcho
{
    public const string DontKnow = "don't know";
    public const string NoneOfThese = "none of these";

    public static string Line(int number, Question question, IReadOnlyList<string> values) =>
        $"Q{number.ToString(CultureInfo.InvariantCulture)} {Asked(question.Text)} → {Answer(question, values)}";

    /// <summary>The question itself, without the instruction after it ("Tick all that apply."), which the echo no longer needs.</summary>
    public static string Asked(string text)
    {
        var end = text.IndexOf("? ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    /// <summary>The answer in words: option labels joined as a list, a number with its unit, "don't know" as such.</summary>
    public static string Answer(Question question, IReadOnlyList<string> values)
    {
        if (values.Count == 1 && string.Equals(values[0].Trim(), Answers.Unknown, StringComparison.OrdinalIgnoreCase))
        {
            return DontKnow;
        }

        switch (question.Type)
        {
            case QuestionType.Number:
                return question.Unit is null ? values[0].Trim() : $"{values[0].Trim()} {question.Unit}";
            case QuestionType.YesNo:
                return values[0].Trim().ToLowerInvariant();
        }

        if (values.Count == 0)
        {
            return NoneOfThese;
        }

        var labels = values.Select(v => question.Options.FirstOrDefault(o => o.Value == v)?.Label ?? v.Replace('_', ' ')).Select(Lower).ToList();
        // Labels with commas of their own are kept apart by semicolons, or "a, b and c" would read as other options.
        return labels.Count == 1 ? labels[0]
            : labels.Exists(l => l.Contains(',', StringComparison.Ordinal)) ? string.Join("; ", labels)
            : $"{string.Join(", ", labels.Take(labels.Count - 1))} and {labels[^1]}";
    }

    /// <summary>A label continues the sentence, so its capital goes unless the word is an abbreviation ("NSAIDs").</summary>
    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;
}
