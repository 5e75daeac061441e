using Akka.Actor;
using Proppr.Actors.Hosting;

namespace Proppr.Node;

/// <summary>
/// Kubernetes probes. Live: the process answers. Ready: an Up cluster member whose database answers, so traffic only
/// reaches a node that can track and settle bets.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Ok("live"));
        app.MapGet("/health/ready", async (ActorSystem system, DatabaseOptions database, CancellationToken cancellationToken) =>
        {
            if (!ClusterMemberHealth.IsUp(system))
            {
                return Results.Json(new { ready = false, reason = "not an Up cluster member yet" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(3));
                await using var connection = await database.OpenAsync(timeout.Token);
                await connection.ExecuteAsync("SELECT 1", timeout.Token);
                return Results.Ok(new { ready = true });
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return Results.Json(new { ready = false, reason = "database unavailable: " + e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
