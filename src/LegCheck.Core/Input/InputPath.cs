using System.Buffers;

namespace LegCheck.Core.Input;

/// <summary>Builds field paths such as <c>facts.location[1]</c>; a key that is not a plain word is quoted.</summary>
internal static class InputPath
{
    // Every key of every request goes through here, so the check is one vectorised scan rather than a lambda per char.
    private static readonly SearchValues<char> Plain = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static string Key(string parent, string key)
    {
        var shown = key.Length is > 0 and <= 64 && !key.AsSpan().ContainsAnyExcept(Plain) ? key : Echo.Quote(key);
        return parent.Length == 0 ? shown : parent + "." + shown;
    }

    public static string Item(string parent, int index) =>
        (parent.Length == 0 ? FieldError.TopLevel : parent) + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Of(string path) => path.Length == 0 ? FieldError.TopLevel : path;
}

/// <summary>Errors found while reading a document; reading stops at the first one that makes the rest unreliable.</summary>
internal sealed class InputProblems
{
    public List<FieldError> Errors { get; } = [];

    public bool Stopped { get; private set; }

    public void Add(string path, string message) => Errors.Add(new FieldError(InputPath.Of(path), message));

    public InputNode? Stop(string path, string message)
    {
        Add(path, message);
        Stopped = true;
        return null;
    }

    public static string TooDeep => $"nested deeper than {InputLimits.MaxDepth} levels; a case needs at most 3";

    public static string TooMany => $"more than {InputLimits.MaxItems} entries";

    public static string Duplicate => "given more than once; give each field once";
}
