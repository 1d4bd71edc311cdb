using LegCheck.Core.Cases;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;

namespace LegCheck.Cli.Interview;

/// <summary>What the runner did at a prompt: answered, asked why, went back, or left.</summary>
internal abstract record UiAction
{
    internal sealed record Answer(IReadOnlyList<string> Values) : UiAction;

    internal sealed record Why : UiAction;

    internal sealed record Back : UiAction;

    internal sealed record Quit : UiAction;

    /// <summary>Standard input ended before the interview did (a script that ran out of answers).</summary>
    internal sealed record EndOfInput : UiAction;
}

/// <summary>
/// The two faces of the terminal interview: arrow-key prompts on a terminal, numbered prompts read
/// line by line when input is piped (so it can be scripted).
/// </summary>
internal interface IInterviewUi
{
    /// <summary>Asks for a free-text description; null when skipped or input ended.</summary>
    string? AskDescription();

    /// <summary>Shows facts understood from the description or the diary; returns the indexes the runner keeps.</summary>
    IReadOnlySet<int> ChooseFacts(IReadOnlyList<string> lines, string title);

    /// <summary>Asks one question and returns what the runner did.</summary>
    /// <param name="question">The question.</param>
    /// <param name="open">Its options still open (a tick-list leaves out facts already known).</param>
    /// <param name="number">Its position in this interview, from 1.</param>
    /// <param name="confidence">Probability of the leading cause so far, for the progress line.</param>
    /// <param name="canGoBack">Whether there is an answer to go back to.</param>
    UiAction Ask(Question question, IReadOnlyList<QuestionOption> open, int number, double confidence, bool canGoBack);

    void ShowWhy(NextQuestion next, KnowledgeBase kb);
}

/// <summary>Shared helpers for both faces.</summary>
internal static class UiText
{
    public static string Describe(KnowledgeBase kb, string factId, FactValue value)
    {
        var fact = kb.Facts[factId];
        return fact.Type switch
        {
            FactType.Bool => (value.Kind == FactValueKind.No ? "no: " : "") + fact.Label,
            FactType.Number => $"{fact.Label}: {value} {fact.Unit}",
            _ => $"{fact.Label}: {value.ToString().Replace('_', ' ').Replace(",", ", ", StringComparison.Ordinal)}",
        };
    }
}
