namespace LegCheck.Web.Api;

/// <summary>The one-line message of an answer that <c>Answers.Apply</c> rejected, without .NET's parameter-name suffix.</summary>
public static class AnswerError
{
    public static string Message(ArgumentException e)
    {
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        return suffix is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
