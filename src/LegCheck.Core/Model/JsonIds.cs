using LegCheck.Json;

namespace LegCheck.Core.Model;

/// <summary>
/// An enum value as the id the JSON shows (snake_case member name, or its <c>JsonStringEnumMemberName</c>), for the
/// places outside JSON that print the same id: CSS classes, string-typed response fields, headings.
/// </summary>
public static class JsonIds
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => SnakeCaseEnumConverter<TEnum>.Id(value);
}
