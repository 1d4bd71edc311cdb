using System.Text;

namespace LegCheck.Core.Input;

/// <summary>The two spellings of the case format.</summary>
public enum CaseSyntax
{
    Yaml,
    Json,
}

/// <summary>Turns the bytes of a case file or request body into an <see cref="InputNode"/> tree.</summary>
public static class CaseDocument
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The syntax a file name implies: <c>.json</c> is JSON, anything else YAML (which also reads most JSON).</summary>
    public static CaseSyntax SyntaxOf(string fileName) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? CaseSyntax.Json : CaseSyntax.Yaml;

    public static Validated<InputNode> Parse(ReadOnlySpan<byte> utf8, CaseSyntax syntax)
    {
        if (syntax == CaseSyntax.Json)
        {
            return JsonInput.Parse(utf8);
        }

        if (utf8.Length > InputLimits.MaxBytes)
        {
            return Validated.Fail<InputNode>(FieldError.TopLevel, $"larger than the limit of {InputLimits.MaxBytes / 1024} KiB");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            return Validated.Fail<InputNode>(FieldError.TopLevel, $"not valid UTF-8 text (at byte {e.Index})");
        }

        return YamlInput.Parse(text.StartsWith('\uFEFF') ? text[1..] : text);
    }
}
