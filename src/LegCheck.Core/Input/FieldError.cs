namespace LegCheck.Core.Input;

/// <summary>
/// One problem with user input, named by the path of its field (for example <c>facts.run_minutes</c>,
/// <c>facts.location[1]</c>, or <c>(top level)</c> for the document as a whole) and what was expected.
/// </summary>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>The field name used for problems with the document as a whole.</summary>
    public const string TopLevel = "(top level)";

    public override string ToString() => $"{Field}: {Message}";
}
