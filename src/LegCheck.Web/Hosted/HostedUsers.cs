using System.Security.Claims;
using LegCheck.Web.Features.Diary;

namespace LegCheck.Web.Hosted;

/// <summary>
/// Whose diary a hosted request reads: the signed-in account's id, from its token or cookie. Every route that takes
/// <see cref="CurrentUser"/> requires a signed-in user, so a request without one never gets this far.
/// </summary>
internal static class HostedUsers
{
    public static CurrentUser Of(HttpContext? context)
    {
        var id = context?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return string.IsNullOrEmpty(id)
            ? throw new InvalidOperationException("a diary route was reached without a signed-in user; its group must require one")
            : new CurrentUser(id);
    }
}
