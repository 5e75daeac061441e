using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Fixtures;

/// <summary><c>GET /api/fixtures/{id}</c>: a fixture's live state, bets and book summary (read).</summary>
public static class FixtureEndpoints
{
    public static void MapFixtureEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/fixtures/{id}", async (
            string id, BetQueries queries, IRequiredActor<FixtureRegion> fixtures, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            if (RouteId.Positive(id) is not { } fixtureId)
            {
                return ApiError.BadRequest($"'{id}' is not a FotMob fixture id (a positive integer)");
            }
            // Asking an unknown id would start a fixture that polls FotMob for good (remember-entities), so only
            // fixtures with tracked bets are asked.
            if (!await queries.HasBetsAsync(fixtureId, cancellationToken))
            {
                return ApiError.NotFound($"no bets are tracked on fixture {fixtureId} (bets show a moment after their fixture journals them)");
            }
            var view = await fixtures.ActorRef.AskResendingAsync<FixtureView>(new GetFixture(fixtureId), settings, cancellationToken);
            var odds = await fixtures.ActorRef.AskResendingAsync<FixtureOddsView>(new GetFixtureOdds(fixtureId), settings, cancellationToken);
            return Results.Ok(FixtureResponse.From(view, odds));
        }));
    }
}
