using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Betting;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// One tracked bet, as a child of its fixture. Not persistent: the fixture rebuilds it from its state on recovery.
/// Grades each snapshot with the pure <see cref="Settler"/> and tells its parent only what changed against the
/// settlement the parent last made durable. An untyped actor with its own small mailbox (<see cref="GraderMailbox"/>):
/// a fixture holds one per open bet, so each one's footprint counts.
/// </summary>
public sealed class BetGrader : UntypedActor
{
    private readonly Bet _bet;
    private readonly Settler _settler;
    private Settlement? _confirmed;

    public BetGrader(Bet bet, Settlement? confirmed, Settler settler)
    {
        _bet = bet;
        _confirmed = confirmed;
        _settler = settler;
    }

    public static Props Props(Bet bet, Settlement? confirmed, Settler settler) =>
        Akka.Actor.Props.Create(() => new BetGrader(bet, confirmed, settler)).WithMailbox(GraderMailbox.ConfigPath);

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case GradeRound round:
                Grade(round);
                break;
            case SettlementConfirmed confirmed:
                _confirmed = confirmed.Settlement;
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Grade(GradeRound round)
    {
        Settlement? changed = null;
        try
        {
            var decision = _settler.Settle(_bet, round.Match, round.Now);
            var unchanged = _confirmed is null
                ? decision.Status == SettlementStatus.Pending
                : _confirmed.SameDecisionAs(decision);
            changed = unchanged ? null : decision;
        }
        catch (Exception e)
        {
            // A rule that throws on odd facts must not take the bet (or the round) down: keep the last decision.
            Context.GetLogger().Error(e, "Grading bet {0} failed; its settlement stays as it was", _bet.BetId);
        }
        Sender.Tell(new GradeDecision(round.Round, _bet.BetId, changed));
    }
}
