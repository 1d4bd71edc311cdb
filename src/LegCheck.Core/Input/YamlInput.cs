using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LegCheck.Core.Input;

/// <summary>
/// Reads YAML into an <see cref="InputNode"/> tree from the parser's event stream rather than YamlDotNet's
/// recursive document model, so that depth is bounded before it can overflow the stack. Complex keys,
/// anchors and aliases (the "billion laughs") and duplicate keys are refused.
/// </summary>
public static class YamlInput
{
    public static Validated<InputNode> Parse(string text)
    {
        if (text.Length > InputLimits.MaxBytes)
        {
            return Validated.Fail<InputNode>(FieldError.TopLevel, $"larger than the limit of {InputLimits.MaxBytes / 1024} KiB");
        }

        var parser = new Parser(new StringReader(text));
        var problems = new InputProblems();
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return Validated.Fail<InputNode>(FieldError.TopLevel, "empty; expected a mapping with id, age, sex and facts");
            }

            parser.Consume<DocumentStart>();
            var root = Read(parser, "", 0, problems);
            if (!problems.Stopped)
            {
                parser.Consume<DocumentEnd>();
                if (!parser.Accept<StreamEnd>(out _))
                {
                    problems.Add("", "more than one YAML document; expected one case per file");
                }
            }

            return problems.Errors.Count > 0 || root is null ? Validated.Fail<InputNode>(problems.Errors) : Validated.Ok<InputNode>(root);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var reason = message.Length > 80 ? message[..80] + "…" : message;
            return Validated.Fail<InputNode>(FieldError.TopLevel, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column} ({reason.TrimEnd('.')})");
        }
        catch (InvalidOperationException)
        {
            // The scanner throws this, not a YamlException, when the text ends inside a bracket or quote.
            return Validated.Fail<InputNode>(FieldError.TopLevel, "not valid YAML: the text ends inside an unclosed bracket or quote");
        }
    }

    private static InputNode? Read(IParser parser, string path, int depth, InputProblems problems)
    {
        if (parser.Accept<AnchorAlias>(out _) || (parser.Current is NodeEvent { Anchor.IsEmpty: false }))
        {
            return problems.Stop(path, "YAML anchors and aliases are not supported in a case");
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            // A double-quoted "\ud800" escape makes a lone surrogate that the raw text did not show.
            return IsWellFormed(scalar.Value) ? ToScalar(scalar) : problems.Stop(path, "not valid text (a lone surrogate)");
        }

        if (depth >= InputLimits.MaxDepth)
        {
            return problems.Stop(path, InputProblems.TooDeep);
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<InputNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (items.Count >= InputLimits.MaxItems)
                {
                    return problems.Stop(path, InputProblems.TooMany);
                }

                var item = Read(parser, InputPath.Item(path, items.Count), depth + 1, problems);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
            }

            return new InputList(items);
        }

        parser.Consume<MappingStart>();
        return ReadMapping(parser, path, depth, problems);
    }

    private static InputNode? ReadMapping(IParser parser, string path, int depth, InputProblems problems)
    {
        var entries = new List<KeyValuePair<string, InputNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar { Anchor.IsEmpty: true } keyEvent)
            {
                return problems.Stop(path, "a key must be plain text (complex keys, anchors and aliases are not supported)");
            }

            parser.MoveNext();
            var key = keyEvent.Value;
            var field = InputPath.Key(path, key);
            if (!IsWellFormed(key))
            {
                return problems.Stop(field, "not valid text (a lone surrogate)");
            }

            var value = Read(parser, field, depth + 1, problems);
            if (value is null)
            {
                return null;
            }

            if (!seen.Add(key))
            {
                problems.Add(field, InputProblems.Duplicate);
            }
            else if (entries.Count >= InputLimits.MaxItems)
            {
                return problems.Stop(path, InputProblems.TooMany);
            }
            else
            {
                entries.Add(new(key, value));
            }
        }

        return new InputMap(entries);
    }

    /// <summary>A plain scalar's kind by YAML's core schema; a quoted or <c>!!str</c> one is always text.</summary>
    private static InputScalar ToScalar(Scalar scalar)
    {
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return new InputScalar(text, ScalarKind.String);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return new InputScalar("", ScalarKind.Null);
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new InputScalar(text.ToLowerInvariant(), ScalarKind.Bool);
        }

        var number = text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return new InputScalar(text, number ? ScalarKind.Number : ScalarKind.String);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
