namespace LegCheck.Web.Api;

/// <summary>The browser pages post HTML forms; any other body (such as JSON) is a 415, never a failed form read.</summary>
internal static class FormBody
{
    public static RouteHandlerBuilder AcceptsFormOnly(this RouteHandlerBuilder builder) => builder.AddEndpointFilter(async (context, next) =>
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return Problems.Invalid(
                "body",
                $"expected a form (Content-Type application/x-www-form-urlencoded or multipart/form-data), got '{(string.IsNullOrEmpty(request.ContentType) ? "none" : request.ContentType)}'",
                StatusCodes.Status415UnsupportedMediaType);
        }

        return await next(context);
    });
}
