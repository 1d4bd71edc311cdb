namespace LegCheck.Diary;

/// <summary>
/// A fact the diary can infer for the assessment interview, shown to the runner as pre-filled and editable.
/// </summary>
/// <param name="FactId">Fact id from the case format, such as <c>run_minutes</c>.</param>
/// <param name="Value">"yes"/"no" for yes/no facts, otherwise an invariant-culture number.</param>
/// <param name="Explanation">Short "from your diary: …" sentence saying where the value comes from.</param>
public sealed record DiaryFact(string FactId, string Value, string Explanation);
