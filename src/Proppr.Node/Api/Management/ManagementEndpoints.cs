namespace Proppr.Node.Api.Management;

/// <summary>The operator's API under <c>/api/manage</c>; every endpoint needs the bearer token.</summary>
public static class ManagementEndpoints
{
    public static void MapManagementEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        var manage = access.Writes(app.MapGroup("/api/manage"));
        manage.MapClusterEndpoints();
        manage.MapShardEndpoints();
        manage.MapLimiterEndpoints();
        manage.MapResolutionEndpoints();
        manage.MapPlayerMappingEndpoints();
        manage.MapLedgerEndpoints();
        manage.MapCrawlEndpoints();
    }
}
