using System.Collections.Immutable;
using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Contract;
using Proppr.Actors.Betting.Players;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches.Resolution;
using Proppr.Actors.ReadModel;
using Proppr.Node.Configuration;
using Proppr.Node.Metrics;

namespace Proppr.Node.Api.Bets;

/// <summary>
/// Hands a request's bets to the cluster as <see cref="IntakePlan"/> sorted them: one <see cref="TrackBets"/> per
/// fixture, one <see cref="ResolveFixture"/> per odds event, as many at once as <see cref="HandOffGate"/> lets through,
/// and answers every bet in request order.
/// The read model says which ids are already tracked on which fixture; <see cref="BetIdClaims"/> holds each id to one
/// bet before any is handed off.
/// </summary>
public sealed class BetIntake(
    IRequiredActor<FixtureRegion> fixtures, IRequiredActor<FixtureResolver> resolver, BetQueries queries, BetIdClaims claims,
    FixtureMappingStore mappings, PlayerMappingStore players, HandOffGate gate, ApiSettings settings, NodeMetrics metrics)
{
    public async Task<IReadOnlyList<IntakeAnswer>> SubmitAsync(IReadOnlyList<BetReadResult> reads, CancellationToken cancellationToken)
    {
        var betIds = reads.Select(read => read.Bet?.BetId).OfType<string>().Distinct(StringComparer.Ordinal);
        var oddsEvents = reads.Select(read => read.Bet).Where(bet => bet is { FixtureId: null }).Select(bet => bet!.OddsEventId!);
        var oddsPlayers = reads.Select(read => read.Bet).Where(bet => bet is { PlayerId: null }).Select(bet => bet!.OddsPlayerId).OfType<string>();
        var plan = IntakePlan.For(
            reads,
            await queries.FixturesOfAsync(betIds, cancellationToken),
            await mappings.FixturesOfAsync(oddsEvents, cancellationToken),
            await players.FotMobIdsOfAsync(oddsPlayers, cancellationToken));
        // An id is claimed for the bet as sent: a fixture or player the mapping tables filled in is not part of its content.
        var asSent = plan.ToHandOff.Select(handOff => (handOff.Index, reads[handOff.Index].Bet!)).ToList();
        plan = plan.Refusing(await claims.ClaimAsync(asSent, cancellationToken));
        var sent = plan.ByFixture.Select(group => gate.RunAsync(() => TrackAsync(group.Key, group.Value, cancellationToken), cancellationToken))
            .Concat(plan.ToResolve.Select(group => gate.RunAsync(() => ResolveAsync(group, cancellationToken), cancellationToken)));
        var answered = await Task.WhenAll(sent);
        var answers = plan.Immediate.Concat(answered.SelectMany(group => group)).OrderBy(answer => answer.Index).ToList();
        metrics.CountIntake(answers);
        return answers;
    }

    private async Task<IEnumerable<IntakeAnswer>> TrackAsync(long fixtureId, ImmutableArray<(int Index, Bet Bet)> bets, CancellationToken cancellationToken)
    {
        try
        {
            var tracked = await fixtures.ActorRef.AskResendingAsync<BetsTracked>(
                new TrackBets(fixtureId, [.. bets.Select(b => b.Bet)]), settings, cancellationToken);
            return Answers(bets, tracked);
        }
        catch (AskTimeoutException)
        {
            return Unavailable(bets, $"fixture {fixtureId} did not confirm within {settings.AskTimeout}");
        }
    }

    private async Task<IEnumerable<IntakeAnswer>> ResolveAsync(ResolutionGroup group, CancellationToken cancellationToken)
    {
        try
        {
            // A known odds event's bets go straight to their fixture, which answers; an unknown one's are held.
            var resolved = await resolver.ActorRef.Ask<ResolvedBets>(
                new TrackOnResolvedFixture(group.Query, [.. group.Bets.Select(b => b.Bet)]), settings.AskTimeout, cancellationToken);
            return resolved.Tracked is { } tracked
                ? Answers(group.Bets, tracked)
                : group.Bets.Select(b => new IntakeAnswer(b.Index, b.Bet.BetId, IntakeStatus.PendingResolution,
                    Detail: $"held until odds event {group.Query.ExternalId} is matched to a FotMob fixture"));
        }
        catch (AskTimeoutException)
        {
            return Unavailable(group.Bets, $"the fixture resolver did not confirm within {settings.AskTimeout}");
        }
    }

    /// <summary>A fixture answers its batch in order, one outcome per bet.</summary>
    private static IEnumerable<IntakeAnswer> Answers(ImmutableArray<(int Index, Bet Bet)> bets, BetsTracked tracked) =>
        bets.Zip(tracked.Outcomes, (bet, outcome) => new IntakeAnswer(
            bet.Index,
            outcome.BetId,
            outcome.Status switch
            {
                TrackStatus.Accepted => IntakeStatus.Accepted,
                TrackStatus.Duplicate => IntakeStatus.Duplicate,
                _ => IntakeStatus.Rejected,
            },
            tracked.FixtureId,
            outcome.Reason));

    private static IEnumerable<IntakeAnswer> Unavailable(ImmutableArray<(int Index, Bet Bet)> bets, string detail) =>
        bets.Select(b => new IntakeAnswer(b.Index, b.Bet.BetId, IntakeStatus.Unavailable, b.Bet.FixtureId, Detail: detail + "; sending it again is safe"));
}
