using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Betting;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Bets;

/// <summary><c>POST /api/bets</c> (write: token) and <c>GET /api/bets/{id}</c> (read).</summary>
public static class BetEndpoints
{
    public static void MapBetEndpoints(this IEndpointRouteBuilder app, ApiAccess access)
    {
        access.Writes(app.MapPost("/api/bets", async (HttpRequest request, BetIntake intake, CancellationToken cancellationToken) =>
        {
            if (await BetBody.ReadTextAsync(request, cancellationToken) is not { } body)
            {
                return ApiError.TooLarge($"the body is over {BetLimits.MaxBodyBytes} bytes: send the bets in several requests");
            }
            var bets = BetBody.Read(body, out var error);
            if (bets is null)
            {
                return error == BetBody.TooManyBets ? ApiError.TooLarge(error) : ApiError.BadRequest(error!);
            }
            var answers = await intake.SubmitAsync(bets, cancellationToken);
            return Results.Ok(IntakeResponse.From(answers));
        }));

        access.Reads(app.MapGet("/api/bets/{id}", async (
            string id, BetQueries queries, IRequiredActor<FixtureRegion> fixtures, ApiSettings settings, CancellationToken cancellationToken) =>
        {
            var record = await queries.BetAsync(id, cancellationToken);
            if (record is null)
            {
                return ApiError.NotFound($"bet '{id}' is not in the read model (a bet shows here a moment after its fixture has journaled it)");
            }
            var history = await queries.SettlementHistoryAsync(id, cancellationToken);
            var moves = await queries.MovesAsync(id, cancellationToken);
            var live = record.Status == SettlementStatus.Pending
                ? await LiveAsync(fixtures.ActorRef, record.FixtureId, id, settings, cancellationToken)
                : null;
            return Results.Ok(BetResponse.From(record, history, moves, live));
        }));
    }

    /// <summary>An open bet's fixture may already know more than the read model; a decided bet's row is final.</summary>
    private static async Task<LiveBet?> LiveAsync(IActorRef fixtures, long fixtureId, string betId, ApiSettings settings, CancellationToken cancellationToken)
    {
        var reply = await fixtures.AskResendingAsync<object>(new GetBet(fixtureId, betId), settings, cancellationToken);
        return reply is BetView view ? new LiveBet(view.Settlement is { } settlement ? ContractJson.Settlement(settlement) : null) : null;
    }
}
