using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// <c>GET /api/fixtures/{id}</c>: a fixture's live state, bets and book summary; <c>GET /api/fixtures/{id}/book</c>: its
/// current team and player books in full (reads).
/// </summary>
public static class FixtureEndpoints
{
    public static void MapFixtureEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Reads(app.MapGet("/api/fixtures/{id}", (
            string id, BetQueries queries, IRequiredActor<FixtureRegion> fixtures, ApiSettings settings, CancellationToken cancellationToken) =>
            AskTrackedAsync(id, queries, cancellationToken, async fixtureId =>
            {
                var view = await fixtures.ActorRef.AskResendingAsync<FixtureView>(new GetFixture(fixtureId), settings, cancellationToken);
                var odds = await fixtures.ActorRef.AskResendingAsync<FixtureOddsView>(new GetFixtureOdds(fixtureId), settings, cancellationToken);
                return Results.Ok(FixtureResponse.From(view, odds));
            })));
        access.Reads(app.MapGet("/api/fixtures/{id}/book", (
            string id, BetQueries queries, IRequiredActor<FixtureRegion> fixtures, ApiSettings settings, CancellationToken cancellationToken) =>
            AskTrackedAsync(id, queries, cancellationToken, async fixtureId =>
                Results.Ok(FixtureBookResponse.From(
                    await fixtures.ActorRef.AskResendingAsync<FixtureOddsView>(new GetFixtureOdds(fixtureId), settings, cancellationToken))))));
    }

    /// <summary>
    /// Asks the fixture <paramref name="id"/> through <paramref name="ask"/> if it is one with tracked bets: asking an
    /// unknown id would start a fixture that polls FotMob for good (remember-entities).
    /// </summary>
    private static async Task<IResult> AskTrackedAsync(string id, BetQueries queries, CancellationToken cancellationToken, Func<long, Task<IResult>> ask)
    {
        if (RouteId.Positive(id) is not { } fixtureId)
        {
            return ApiError.BadRequest($"'{id}' is not a FotMob fixture id (a positive integer)");
        }
        return await queries.HasBetsAsync(fixtureId, cancellationToken)
            ? await ask(fixtureId)
            : ApiError.NotFound($"no bets are tracked on fixture {fixtureId} (bets show a moment after their fixture journals them)");
    }
}
