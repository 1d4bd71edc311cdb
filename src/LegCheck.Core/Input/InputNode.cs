namespace LegCheck.Core.Input;

/// <summary>What a scalar was written as; JSON says it, a YAML plain scalar is read by the core schema.</summary>
public enum ScalarKind
{
    String,
    Number,
    Bool,
    Null,
}

/// <summary>
/// A document read from YAML or JSON, before it means anything: one tree for both syntaxes, so that one
/// reader interprets a case and both give the same verdict. Already checked for duplicate keys, depth,
/// size and valid text.
/// </summary>
public abstract record InputNode
{
    /// <summary>"an object", "a list", "a string"... for messages that say what was found instead.</summary>
    public abstract string Describe();
}

public sealed record InputScalar(string Text, ScalarKind Kind) : InputNode
{
    public override string Describe() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Bool => Text,
        ScalarKind.Number => "a number",
        _ => "a string",
    };
}

public sealed record InputList(IReadOnlyList<InputNode> Items) : InputNode
{
    public override string Describe() => "a list";
}

/// <summary>A mapping with its keys in document order; keys are unique.</summary>
public sealed record InputMap(IReadOnlyList<KeyValuePair<string, InputNode>> Entries) : InputNode
{
    public override string Describe() => "an object";

    public InputNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }
}
