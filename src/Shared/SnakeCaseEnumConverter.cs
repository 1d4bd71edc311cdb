using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegCheck.Json;

/// <summary>
/// The one way an enum becomes text in LegCheck's JSON: its member name in snake_case (<c>NoClearLink</c> is
/// <c>no_clear_link</c>), or the <see cref="JsonStringEnumMemberNameAttribute"/> where a public id differs from the
/// name. Put on the enum type, so every serializer context, in any assembly, writes the same id without a hand-kept map.
/// </summary>
// Compiled into each product library that declares such enums (Core, Diary), because they share no project they
// could both reference; it is internal there, so the copies never meet.
internal sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Ids = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, Write);

    /// <summary>Every id, in the enum's order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<TEnum>().Select(v => Ids[v])];

    /// <summary>The id the JSON shows for <paramref name="value"/>, for the places that need it as plain text (ids, CSS classes).</summary>
    public static string Id(TEnum value) => Ids[value];

    /// <summary>The member whose id is exactly <paramref name="id"/> (case-sensitive, unlike JSON reading).</summary>
    public static bool TryParse(string id, out TEnum value)
    {
        foreach (var (member, text) in Ids)
        {
            if (string.Equals(text, id, StringComparison.Ordinal))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    // The converter itself writes each id once, so this text can never disagree with the JSON.
    private static string Write(TEnum value)
    {
        var options = new JsonSerializerOptions();
        var converter = (JsonConverter<TEnum>)new SnakeCaseEnumConverter<TEnum>().CreateConverter(typeof(TEnum), options);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, options);
        }

        using var text = JsonDocument.Parse(buffer.WrittenMemory);
        return text.RootElement.GetString()!;
    }
}
