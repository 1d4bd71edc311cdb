using System.Collections.Frozen;

namespace LegCheck.Activities.Fit;

/// <summary>Names for FIT enums: sports, manufacturers and the Garmin products most often seen.</summary>
public static class FitNames
{
    private static readonly FrozenDictionary<int, string> Sports = new Dictionary<int, string>
    {
        [0] = "generic", [1] = "running", [2] = "cycling", [3] = "transition", [4] = "fitness_equipment",
        [5] = "swimming", [6] = "basketball", [7] = "soccer", [8] = "tennis", [9] = "american_football",
        [10] = "training", [11] = "walking", [12] = "cross_country_skiing", [13] = "alpine_skiing",
        [14] = "snowboarding", [15] = "rowing", [16] = "mountaineering", [17] = "hiking", [18] = "multisport",
        [19] = "paddling", [20] = "flying", [21] = "e_biking", [22] = "motorcycling", [23] = "boating",
        [24] = "driving", [25] = "golf", [26] = "hang_gliding", [27] = "horseback_riding", [28] = "hunting",
        [29] = "fishing", [30] = "inline_skating", [31] = "rock_climbing", [32] = "sailing", [33] = "ice_skating",
        [34] = "sky_diving", [35] = "snowshoeing", [36] = "snowmobiling", [37] = "stand_up_paddleboarding",
        [38] = "surfing", [39] = "wakeboarding", [40] = "water_skiing", [41] = "kayaking", [42] = "rafting",
        [43] = "windsurfing", [44] = "kitesurfing", [45] = "tactical", [46] = "jumpmaster", [47] = "boxing",
        [48] = "floor_climbing", [53] = "diving", [62] = "hiit",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, string> Manufacturers = new Dictionary<int, string>
    {
        [1] = "garmin", [2] = "garmin", [6] = "srm", [13] = "dynastream_oem", [15] = "dynastream", [16] = "timex",
        [23] = "suunto", [32] = "wahoo", [40] = "concept2", [69] = "stages", [70] = "sigma", [71] = "tomtom",
        [89] = "tacx", [95] = "stryd", [115] = "igpsport", [123] = "polar", [255] = "development", [258] = "lezyne",
        [260] = "zwift", [263] = "favero", [265] = "strava", [267] = "bryton", [289] = "hammerhead", [294] = "coros",
        [305] = "whoop", [310] = "decathlon",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, string> GarminProducts = new Dictionary<int, string>
    {
        [717] = "fr405", [782] = "fr50", [988] = "fr60", [1018] = "fr310xt", [1036] = "edge500", [1124] = "fr110",
        [1169] = "edge800", [1325] = "edge200", [1328] = "fr910xt", [1345] = "fr610", [1436] = "fr70",
        [1482] = "fr10", [1551] = "fenix", [1561] = "edge510", [1567] = "edge810", [1623] = "fr620", [1632] = "fr220",
        [1765] = "fr920xt", [1836] = "edge1000", [1903] = "fr15", [1907] = "vivoactive", [1967] = "fenix2",
        [1988] = "epix", [2050] = "fenix3", [2067] = "edge520", [2148] = "fr25", [2153] = "fr225", [2156] = "fr630",
        [2157] = "fr230", [2158] = "fr735xt", [2413] = "fenix3_hr", [2431] = "fr235", [2503] = "fr35",
        [2530] = "edge820", [2544] = "fenix5s", [2604] = "fenix5x", [2691] = "fr935", [2697] = "fenix5",
        [2700] = "vivoactive3", [2713] = "edge1030", [2886] = "fr645", [2888] = "fr645m", [2900] = "fenix5s_plus",
        [3076] = "fr245", [3077] = "fr245_music", [3110] = "fenix5_plus", [3111] = "fenix5x_plus", [3113] = "fr945",
        [3121] = "edge530", [3122] = "edge830", [3226] = "venu", [3282] = "fr45", [3288] = "fenix6s",
        [3290] = "fenix6", [3291] = "fenix6x", [3589] = "fr745", [3652] = "fr945_lte", [3703] = "venu2",
        [3843] = "edge1040", [3869] = "fr55", [3905] = "fenix7s", [3906] = "fenix7", [3907] = "fenix7x",
        [3943] = "epix_gen2", [3990] = "fr255_music", [3992] = "fr255", [4024] = "fr955", [4257] = "fr265",
        [4258] = "fr265s", [4315] = "fr965", [4432] = "fr165", [4536] = "fenix8", [65534] = "connect",
    }.ToFrozenDictionary();

    /// <summary>The sport number for a profile name such as "running"; 0 (generic) when unknown.</summary>
    public static byte SportNumber(string sport)
    {
        foreach (KeyValuePair<int, string> pair in Sports)
        {
            if (string.Equals(pair.Value, sport, StringComparison.OrdinalIgnoreCase))
            {
                return (byte)pair.Key;
            }
        }

        return 0;
    }

    /// <summary>The profile's name for a sport number (such as "running"); "other" when unknown or missing.</summary>
    public static string Sport(long? sport) => sport is { } s && Sports.TryGetValue((int)s, out string? name) ? name : "other";

    /// <summary>The manufacturer's name, or "manufacturer N" when not in the table.</summary>
    public static string Manufacturer(long manufacturer) =>
        Manufacturers.TryGetValue((int)Math.Clamp(manufacturer, 0, int.MaxValue), out string? name) ? name : $"manufacturer {manufacturer}";

    /// <summary>"garmin fenix5", "coros 12", ...: the maker and the product's name or number.</summary>
    public static string Device(long? manufacturer, long? product, string? productName)
    {
        string maker = manufacturer is { } m ? Manufacturer(m) : "unknown";
        if (!string.IsNullOrWhiteSpace(productName))
        {
            return $"{maker} {productName.Trim()}";
        }

        if (product is not { } p)
        {
            return maker;
        }

        return manufacturer is 1 or 2 or 13 or 15 && GarminProducts.TryGetValue((int)p, out string? name) ? $"{maker} {name}" : $"{maker} {p}";
    }
}
