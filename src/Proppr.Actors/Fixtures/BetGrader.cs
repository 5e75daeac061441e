using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Betting;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// One tracked bet, as a child of its fixture. Not persistent, and holds no settlement: it grades each match-details payload with
/// the pure <see cref="Settler"/> and answers with its decision; whether that decision is new is judged in one place,
/// the fixture's state (<see cref="FixtureState.Decide"/>). An untyped actor with its own small mailbox
/// (<see cref="GraderMailbox"/>): a fixture holds one per open bet, so each one's footprint counts.
/// </summary>
public sealed class BetGrader(Bet bet, Settler settler) : UntypedActor
{
    public static Props Props(Bet bet, Settler settler) =>
        Akka.Actor.Props.Create(() => new BetGrader(bet, settler)).WithMailbox(GraderMailbox.ConfigPath);

    protected override void OnReceive(object message)
    {
        if (message is GradeRound round)
        {
            Grade(round);
            return;
        }
        Unhandled(message);
    }

    private void Grade(GradeRound round)
    {
        Settlement? decision = null;
        try
        {
            decision = settler.Settle(bet, round.Match, round.Now);
        }
        catch (Exception e)
        {
            // A rule that throws on odd facts must not take the bet (or the round) down: keep the last decision.
            Context.GetLogger().Error(e, "Grading bet {0} failed; its settlement stays as it was", bet.BetId);
        }
        Sender.Tell(new Graded(round.Round, bet.BetId, decision));
    }
}
