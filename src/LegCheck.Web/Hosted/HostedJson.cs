using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LegCheck.Web.Hosted;

/// <summary>
/// The API's JSON is snake_case, but the account endpoints are ASP.NET Core Identity's own, and clients of it expect
/// its camelCase (<c>tokenType</c>, <c>accessToken</c>): Identity's types keep the names Identity gives them.
/// </summary>
internal static class HostedJson
{
    private static readonly string[] IdentityNamespaces = ["Microsoft.AspNetCore.Identity", "Microsoft.AspNetCore.Authentication.BearerToken"];

    public static void KeepIdentityNames(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(CamelCaseIfIdentity);
    }

    private static void CamelCaseIfIdentity(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !IsIdentity(info.Type))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is MemberInfo member)
            {
                property.Name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            }
        }
    }

    private static bool IsIdentity(Type type) =>
        type.Namespace is { } ns && IdentityNamespaces.Any(n => ns.Equals(n, StringComparison.Ordinal) || ns.StartsWith(n + ".", StringComparison.Ordinal));
}
