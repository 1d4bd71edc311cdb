using System.Collections.Frozen;

namespace LegCheck.Activities.Fit;

/// <summary>Names for FIT enums: sports, manufacturers and the Garmin products most often seen.</summary>
public static class FitNames
{
    private static readonly FrozenDictionary<int, ActivitySport> Sports = new Dictionary<int, ActivitySport>
    {
        [0] = ActivitySport.Generic, [1] = ActivitySport.Running, [2] = ActivitySport.Cycling, [3] = ActivitySport.Transition, [4] = ActivitySport.FitnessEquipment,
        [5] = ActivitySport.Swimming, [6] = ActivitySport.Basketball, [7] = ActivitySport.Soccer, [8] = ActivitySport.Tennis, [9] = ActivitySport.AmericanFootball,
        [10] = ActivitySport.Training, [11] = ActivitySport.Walking, [12] = ActivitySport.CrossCountrySkiing, [13] = ActivitySport.AlpineSkiing,
        [14] = ActivitySport.Snowboarding, [15] = ActivitySport.Rowing, [16] = ActivitySport.Mountaineering, [17] = ActivitySport.Hiking, [18] = ActivitySport.Multisport,
        [19] = ActivitySport.Paddling, [20] = ActivitySport.Flying, [21] = ActivitySport.EBiking, [22] = ActivitySport.Motorcycling, [23] = ActivitySport.Boating,
        [24] = ActivitySport.Driving, [25] = ActivitySport.Golf, [26] = ActivitySport.HangGliding, [27] = ActivitySport.HorsebackRiding, [28] = ActivitySport.Hunting,
        [29] = ActivitySport.Fishing, [30] = ActivitySport.InlineSkating, [31] = ActivitySport.RockClimbing, [32] = ActivitySport.Sailing, [33] = ActivitySport.IceSkating,
        [34] = ActivitySport.SkyDiving, [35] = ActivitySport.Snowshoeing, [36] = ActivitySport.Snowmobiling, [37] = ActivitySport.StandUpPaddleboarding,
        [38] = ActivitySport.Surfing, [39] = ActivitySport.Wakeboarding, [40] = ActivitySport.WaterSkiing, [41] = ActivitySport.Kayaking, [42] = ActivitySport.Rafting,
        [43] = ActivitySport.Windsurfing, [44] = ActivitySport.Kitesurfing, [45] = ActivitySport.Tactical, [46] = ActivitySport.Jumpmaster, [47] = ActivitySport.Boxing,
        [48] = ActivitySport.FloorClimbing, [53] = ActivitySport.Diving, [62] = ActivitySport.Hiit,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<ActivitySport, byte> SportNumbers = Sports.ToFrozenDictionary(kv => kv.Value, kv => (byte)kv.Key);

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
    public static byte SportNumber(string sport) => SportNumber(SportIds.Parse(sport.ToLowerInvariant()));

    /// <summary>The sport number; 0 (generic) for <see cref="ActivitySport.Other"/>.</summary>
    public static byte SportNumber(ActivitySport sport) => SportNumbers.GetValueOrDefault(sport);

    /// <summary>The sport for a sport number (1 is running); <see cref="ActivitySport.Other"/> when unknown or missing.</summary>
    public static ActivitySport Sport(long? sport) => sport is { } s && Sports.TryGetValue((int)s, out ActivitySport name) ? name : ActivitySport.Other;

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
