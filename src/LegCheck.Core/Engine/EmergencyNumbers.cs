using LegCheck.Core.Model;

namespace LegCheck.Core.Engine;

/// <summary>A phone number to call, with what it is, for a tap-to-call link.</summary>
public sealed record PhoneNumber(string Number, string Label)
{
    /// <summary>The number for a <c>tel:</c> link: digits only.</summary>
    public string Dial => new(Number.Where(char.IsDigit).ToArray());
}

/// <summary>Where the runner is, for the numbers to call: the emergency line and, where one exists, the urgent advice line.</summary>
public sealed record EmergencyRegion(string Id, string Name, PhoneNumber Emergency, PhoneNumber? Urgent);

/// <summary>What to call at this urgency, in one sentence, and the numbers it names.</summary>
public sealed record CallAdvice(string Text, IReadOnlyList<PhoneNumber> Numbers);

/// <summary>
/// Emergency and urgent-care numbers by region. Without a region the common emergency numbers are listed,
/// because a runner who must call an ambulance should not first have to look the number up.
/// </summary>
public static class EmergencyNumbers
{
    public static IReadOnlyList<EmergencyRegion> Regions { get; } =
    [
        new("uk", "United Kingdom", new("999", "emergency (UK)"), new("111", "the NHS urgent line")),
        new("us", "United States", new("911", "emergency (US)"), null),
        new("ca", "Canada", new("911", "emergency (Canada)"), null),
        new("eu", "European Union", new("112", "emergency (EU)"), null),
        new("au", "Australia", new("000", "emergency (Australia)"), new("1800 022 222", "healthdirect")),
        new("nz", "New Zealand", new("111", "emergency (New Zealand)"), new("0800 611 116", "Healthline")),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gb"] = "uk", ["england"] = "uk", ["scotland"] = "uk", ["wales"] = "uk", ["usa"] = "us", ["canada"] = "ca",
        ["australia"] = "au", ["newzealand"] = "nz", ["new-zealand"] = "nz", ["europe"] = "eu",
    };

    public static IReadOnlyList<string> Ids => Regions.Select(r => r.Id).ToList();

    /// <summary>The region for an id or a common alias (gb, usa); null for none; an unknown name is an error the caller reports.</summary>
    public static bool TryFind(string? id, out EmergencyRegion? region)
    {
        region = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return true;
        }

        var key = Aliases.GetValueOrDefault(id.Trim(), id.Trim());
        region = Regions.FirstOrDefault(r => string.Equals(r.Id, key, StringComparison.OrdinalIgnoreCase));
        return region is not null;
    }

    public static CallAdvice For(TriageLevel level, EmergencyRegion? region)
    {
        var emergency = region is null ? Regions.Select(r => r.Emergency).DistinctBy(n => n.Number).ToList() : [region.Emergency];
        var list = region is null ? EmergencyList() : region.Emergency.Number;
        return level switch
        {
            TriageLevel.EmergencyAmbulance => new($"Call {list} now for an ambulance.", emergency),
            TriageLevel.Emergency => new($"Go to an emergency department now; if you cannot get there quickly and safely, call {list}.", emergency),
            TriageLevel.Consultation24 when region?.Urgent is { } urgent =>
                new($"If you cannot see a doctor today, call {urgent.Label} on {urgent.Number}; if it gets much worse, call {list}.", [urgent, .. emergency]),
            TriageLevel.Consultation24 => new($"If you cannot see a doctor today, go to an urgent care clinic; if it gets much worse, call {list}.", emergency),
            _ => new($"If it suddenly gets much worse, or an alarm sign appears, call {list}.", emergency),
        };
    }

    private static string EmergencyList() =>
        "your emergency number (999 in the UK, 911 in the US and Canada, 112 in the EU, 000 in Australia, 111 in New Zealand)";
}
