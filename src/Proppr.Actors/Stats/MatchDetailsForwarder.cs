using Akka.Actor;
using Akka.Event;
using Proppr.Actors.Matches;

namespace Proppr.Actors.Stats;

/// <summary>
/// Each node's bridge from its fixtures to the stats pipeline singleton: listens for <see cref="MatchDetailsPublished"/>
/// on the local event stream and sends on what the pipeline needs, small and serializable (<see cref="PipelineMessage"/>):
/// a finished match's counts or a not-started match's teams, kickoff and lineup. Live snapshots are ignored.
/// </summary>
public sealed class MatchDetailsForwarder : ReceiveActor
{
    public MatchDetailsForwarder(IActorRef pipeline)
    {
        var log = Context.GetLogger();
        Receive<MatchDetailsPublished>(published =>
        {
            var match = published.Details;
            try
            {
                if (PipelineMessage.For(match) is { } message)
                {
                    pipeline.Tell(message);
                }
            }
            catch (Exception e)
            {
                log.Error(e, "Stats of match {0} could not be read; skipped", match.FixtureId);
            }
        });
    }

    public static Props Props(IActorRef pipeline) => Akka.Actor.Props.Create(() => new MatchDetailsForwarder(pipeline));

    protected override void PreStart() => Context.System.EventStream.Subscribe(Self, typeof(MatchDetailsPublished));

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);
}
