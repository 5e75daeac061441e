using System.Globalization;
using System.Text.Json.Nodes;
using Akka;
using Akka.Actor;
using Akka.Hosting;
using Akka.Streams.Dsl;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Stream;

/// <summary>
/// Bet changes from this node's live feed (which follows the whole cluster's journal): <c>bet_tracked</c>,
/// <c>bet_settled</c>, <c>bet_resettled</c>, <c>bet_closing_line</c> and <c>bet_moved</c>, one per change even when one journal event
/// carries a whole grading round, each with its <see cref="JournalPosition"/> as event id and <c>offset</c>. A client
/// that sends <c>Last-Event-ID</c> continues from the change after that one.
/// </summary>
public sealed class BetFeedEvents(IRequiredActor<LiveBetFeed> feed, ActorSystem system, ApiSettings settings) : ILiveEventSource
{
    public async Task<Source<LiveEvent, NotUsed>> SubscribeAsync(long? lastEventId, CancellationToken cancellationToken)
    {
        var entries = await LiveBetFeed.SubscribeAsync(feed.ActorRef, system, settings.StreamBuffer, settings.AskTimeout, lastEventId);
        return entries.Select(ToLiveEvent);
    }

    public static LiveEvent ToLiveEvent(BetJournalEntry entry)
    {
        var (type, name, body) = entry.Change switch
        {
            BetTrackedChange tracked => ("bet_tracked", "bet", ContractJson.Bet(tracked.Bet)),
            SettlementChange { Resettled: false } settled => ("bet_settled", "settlement", ContractJson.Settlement(settled.Settlement)),
            SettlementChange resettled => ("bet_resettled", "settlement", ContractJson.Settlement(resettled.Settlement)),
            ClosingLineChange closing => ("bet_closing_line", "closing_line", ClosingLine(closing)),
            BetMovedChange moved => ("bet_moved", "move", Move(moved)),
            var other => throw new ArgumentException($"not a bet change: {other.GetType().Name}", nameof(entry)),
        };
        var data = new JsonObject
        {
            ["offset"] = entry.Position,
            ["written_at"] = entry.WrittenAt.UtcDateTime,
            ["fixture_id"] = entry.FixtureId,
            [name] = body,
        };
        return new LiveEvent(type, data.ToJsonString(), entry.Position.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The bet left <c>fixture_id</c> for <c>to_fixture_id</c>: its fixture's id stopped answering.</summary>
    private static JsonObject Move(BetMovedChange moved) => new()
    {
        ["bet_id"] = moved.BetId,
        ["to_fixture_id"] = moved.ToFixtureId,
        ["reason"] = moved.Reason,
        ["moved_at"] = moved.At.UtcDateTime,
    };

    /// <summary>The bet's price against the sharp book's last before kickoff; <c>clv</c> as on the bet (a fraction).</summary>
    private static JsonObject ClosingLine(ClosingLineChange closing) => new()
    {
        ["bet_id"] = closing.Line.BetId,
        ["bookmaker"] = closing.Line.Bookmaker,
        ["bet_odds"] = closing.Line.BetOdds,
        ["closing_odds"] = closing.Line.ClosingOdds,
        ["closed_at"] = closing.Line.ClosedAt.UtcDateTime,
        ["clv"] = closing.Line.Value,
    };
}
