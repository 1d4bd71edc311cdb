namespace LegCheck.Web.Api;

/// <summary>One problem with a request, named by the JSON path of the field (for example <c>facts.run_minutes</c>).</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
