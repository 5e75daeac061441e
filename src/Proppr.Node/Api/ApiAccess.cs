using System.Security.Cryptography;
using System.Text;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api;

/// <summary>
/// The bearer-token gate. Writes and management always need the configured token (and are refused when none is
/// configured); reads need it only when <see cref="ApiSettings.ProtectReads"/> is set.
/// </summary>
public sealed class ApiAccess(ApiSettings settings)
{
    public TRoute Writes<TRoute>(TRoute route) where TRoute : IEndpointConventionBuilder =>
        route.AddEndpointFilter((context, next) => Check(context, next, required: true));

    public TRoute Reads<TRoute>(TRoute route) where TRoute : IEndpointConventionBuilder =>
        route.AddEndpointFilter((context, next) => Check(context, next, settings.ProtectReads));

    private ValueTask<object?> Check(EndpointFilterInvocationContext context, EndpointFilterDelegate next, bool required)
    {
        if (!required)
        {
            return next(context);
        }
        if (settings.Token is not { Length: > 0 } token)
        {
            return Refuse(StatusCodes.Status403Forbidden, "this node has no API token configured (Api:Token), so writes and management are disabled");
        }
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Refuse(StatusCodes.Status401Unauthorized, "a bearer token is required (Authorization: Bearer <token>)");
        }
        var given = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token)))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Refuse(StatusCodes.Status401Unauthorized, "the bearer token is wrong");
        }
        return next(context);
    }

    private static ValueTask<object?> Refuse(int status, string message) =>
        ValueTask.FromResult<object?>(Results.Json(new ApiError(message), statusCode: status));
}
