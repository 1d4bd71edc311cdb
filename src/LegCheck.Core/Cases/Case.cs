namespace LegCheck.Core.Cases;

/// <summary>The gold labels of a case file. The engine never reads them; evaluation does.</summary>
public sealed record ExpectedLabels(
    string Condition,
    IReadOnlyList<string> AlsoAcceptable,
    string Triage,
    IReadOnlyList<string> AdviceRequired,
    IReadOnlyList<string> AdviceForbidden);

/// <summary>One runner's situation as the case format writes it.</summary>
public sealed record Case(string Id, string? Summary, Evidence Facts, ExpectedLabels? Expected);
