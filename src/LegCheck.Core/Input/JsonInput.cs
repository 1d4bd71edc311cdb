using System.Text;
using System.Text.Json;

namespace LegCheck.Core.Input;

/// <summary>
/// Reads JSON into an <see cref="InputNode"/> tree with the limits of <see cref="InputLimits"/>, rejecting
/// duplicate keys (the last would silently win) and text that is not valid UTF-8 or holds a lone surrogate.
/// </summary>
public static class JsonInput
{
    public static Validated<InputNode> Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > InputLimits.MaxBytes)
        {
            return Validated.Fail<InputNode>(FieldError.TopLevel, $"larger than the limit of {InputLimits.MaxBytes / 1024} KiB");
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        // The reader's own depth limit sits above ours, so ours reports first and names the field.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = InputLimits.MaxDepth + 4 });
        var problems = new InputProblems();
        try
        {
            if (!reader.Read())
            {
                return Validated.Fail<InputNode>(FieldError.TopLevel, "empty; expected a JSON object");
            }

            var root = ReadValue(ref reader, "", 0, problems);
            if (!problems.Stopped)
            {
                while (reader.Read())
                {
                    // Trailing content makes Read throw; nothing else is left to read.
                }
            }

            return problems.Errors.Count > 0 || root is null ? Validated.Fail<InputNode>(problems.Errors) : Validated.Ok<InputNode>(root);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            return Validated.Fail<InputNode>(FieldError.TopLevel, $"not valid JSON{where}");
        }
    }

    private static InputNode? ReadValue(ref Utf8JsonReader reader, string path, int depth, InputProblems problems)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return depth >= InputLimits.MaxDepth ? problems.Stop(path, InputProblems.TooDeep) : ReadObject(ref reader, path, depth, problems);
            case JsonTokenType.StartArray:
                return depth >= InputLimits.MaxDepth ? problems.Stop(path, InputProblems.TooDeep) : ReadArray(ref reader, path, depth, problems);
            case JsonTokenType.String:
                return Text(ref reader, path, problems) is { } text ? new InputScalar(text, ScalarKind.String) : null;
            case JsonTokenType.Number:
                return new InputScalar(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number);
            case JsonTokenType.True or JsonTokenType.False:
                return new InputScalar(reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarKind.Bool);
            default:
                return new InputScalar("", ScalarKind.Null);
        }
    }

    private static InputMap? ReadObject(ref Utf8JsonReader reader, string path, int depth, InputProblems problems)
    {
        var entries = new List<KeyValuePair<string, InputNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Text(ref reader, path, problems, isKey: true);
            var field = InputPath.Key(path, key ?? "(key)");
            reader.Read();
            var value = ReadValue(ref reader, field, depth + 1, problems);
            if (problems.Stopped)
            {
                return null;
            }

            if (key is null || value is null)
            {
                continue;
            }

            if (!seen.Add(key))
            {
                problems.Add(field, InputProblems.Duplicate);
            }
            else if (entries.Count >= InputLimits.MaxItems)
            {
                return (InputMap?)problems.Stop(path, InputProblems.TooMany);
            }
            else
            {
                entries.Add(new(key, value));
            }
        }

        return new InputMap(entries);
    }

    private static InputList? ReadArray(ref Utf8JsonReader reader, string path, int depth, InputProblems problems)
    {
        var items = new List<InputNode>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = ReadValue(ref reader, InputPath.Item(path, index++), depth + 1, problems);
            if (problems.Stopped)
            {
                return null;
            }

            if (items.Count >= InputLimits.MaxItems)
            {
                return (InputList?)problems.Stop(path, InputProblems.TooMany);
            }

            if (item is not null)
            {
                items.Add(item);
            }
        }

        return new InputList(items);
    }

    /// <summary>The string at the reader; a key's path ("(key)" under its object) is only spelled out on error.</summary>
    private static string? Text(ref Utf8JsonReader reader, string path, InputProblems problems, bool isKey = false)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // The reader refuses to turn invalid UTF-8, or an escaped lone surrogate, into a .NET string.
            problems.Add(isKey ? InputPath.Key(path, "(key)") : path, "not valid text (invalid UTF-8 or a lone surrogate)");
            return null;
        }
    }
}
