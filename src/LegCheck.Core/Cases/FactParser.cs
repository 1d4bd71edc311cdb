using System.Globalization;
using LegCheck.Core.Input;
using LegCheck.Core.Model;

namespace LegCheck.Core.Cases;

/// <summary>
/// Turns a raw answer (text such as "yes", "12.5", or a list of choice ids) into a <see cref="FactValue"/>,
/// checking it against the fact's type, choices and range. Shared by case files, the API and the interview.
/// </summary>
public static class FactParser
{
    /// <summary>Parses a scalar; returns an error message naming what was expected, or null on success.</summary>
    public static string? TryParse(FactDef fact, string raw, out FactValue value)
    {
        value = FactValue.Unknown;
        var text = raw.Trim();
        if (text.Equals("unknown", StringComparison.OrdinalIgnoreCase) || text.Length == 0)
        {
            return null;
        }

        switch (fact.Type)
        {
            case FactType.Bool:
                if (text is "yes" or "Yes" or "true" or "True" or "y")
                {
                    value = FactValue.Yes;
                    return null;
                }

                if (text is "no" or "No" or "false" or "False" or "n")
                {
                    value = FactValue.No;
                    return null;
                }

                return $"expected yes, no or unknown, got {Echo.Quote(raw)}";
            case FactType.Number:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return $"expected a number, got {Echo.Quote(raw)}";
                }

                if ((fact.Min is { } min && number < min) || (fact.Max is { } max && number > max))
                {
                    return $"expected a number from {fact.Min} to {fact.Max}{(fact.Unit is null ? "" : " " + fact.Unit)}, got {Echo.Quote(raw)}";
                }

                value = FactValue.Of(number);
                return null;
            default:
                return TryParse(fact, [text], out value);
        }
    }

    /// <summary>Parses a list of choice ids.</summary>
    public static string? TryParse(FactDef fact, IReadOnlyList<string> raw, out FactValue value)
    {
        value = FactValue.Unknown;
        if (fact.Type is not (FactType.Choice or FactType.MultiChoice))
        {
            return raw.Count == 1 ? TryParse(fact, raw[0], out value) : $"expected a single value, got a list of {raw.Count}";
        }

        var chosen = new List<string>();
        foreach (var item in raw)
        {
            var id = item.Trim();
            if (!fact.Values.Contains(id, StringComparer.Ordinal))
            {
                return $"expected one of {string.Join(", ", fact.Values)}, got {Echo.Quote(item)}";
            }

            if (!chosen.Contains(id, StringComparer.Ordinal))
            {
                chosen.Add(id);
            }
        }

        if (fact.Type == FactType.Choice && chosen.Count > 1)
        {
            return $"expected one of {string.Join(", ", fact.Values)}, got {chosen.Count} values";
        }

        value = chosen.Count == 0 ? FactValue.Unknown : FactValue.Of(chosen);
        return null;
    }

    /// <summary>What a fact accepts, in words, for messages about a value of the wrong shape.</summary>
    public static string Expected(FactDef fact) => fact.Type switch
    {
        FactType.Bool => "yes, no or unknown",
        FactType.Number => $"a number from {fact.Min} to {fact.Max}{(fact.Unit is null ? "" : " " + fact.Unit)}",
        FactType.Choice => $"one of {string.Join(", ", fact.Values)}",
        _ => $"a list of ids from {string.Join(", ", fact.Values)}",
    };
}
