using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Matches.Resolution;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Management;

/// <summary>
/// <c>GET unresolved</c>: odds event ids the resolver is still searching for, with the bets it holds; <c>POST mappings</c>:
/// an operator says which FotMob fixture an odds event is, and the held bets go to it.
/// </summary>
public static class ResolutionEndpoints
{
    public static void MapResolutionEndpoints(this RouteGroupBuilder manage)
    {
        manage.MapGet("/unresolved", async (IRequiredActor<FixtureResolver> resolver, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            var unresolved = await resolver.ActorRef.Ask<UnresolvedFixtures>(GetUnresolvedFixtures.Instance, settings.AskTimeout, cancellationToken);
            return Results.Ok(new UnresolvedResponse([.. unresolved.Items.Select(u => new UnresolvedEntry(
                u.Query.ExternalId, u.Query.HomeTeam, u.Query.AwayTeam, u.Query.Kickoff, u.HeldBets, u.Attempts, u.LastError, u.NextAttemptAt))]));
        });
        manage.MapPost("/mappings", (MappingRequest? request, IRequiredActor<FixtureResolver> resolver) =>
        {
            if (string.IsNullOrWhiteSpace(request?.ExternalId) || request.FixtureId is not > 0)
            {
                return ApiError.BadRequest("send {\"external_id\": \"<odds event id>\", \"fixture_id\": <FotMob match id>}");
            }
            resolver.ActorRef.Tell(new MapFixture(request.ExternalId.Trim(), request.FixtureId.Value));
            return Results.Accepted(value: new { external_id = request.ExternalId.Trim(), fixture_id = request.FixtureId });
        });
    }
}

public sealed record MappingRequest(string? ExternalId, long? FixtureId);

public sealed record UnresolvedResponse(IReadOnlyList<UnresolvedEntry> Fixtures);

public sealed record UnresolvedEntry(
    string ExternalId, string HomeTeam, string AwayTeam, DateTimeOffset Kickoff, int HeldBets, int Attempts, string? LastError, DateTimeOffset NextAttemptAt);
