using Proppr.Actors.Betting;
using Proppr.Actors.Odds;

namespace Proppr.Actors.Fixtures;

/// <summary>How a fixture polls and persists. Replays shrink the intervals to run a match in seconds.</summary>
public sealed record FixtureSettings
{
    public static readonly FixtureSettings Default = new();

    /// <summary>
    /// How often to poll in play while the next event could decide an open bet (<see cref="Betting.NextEvent"/>);
    /// FotMob's limiter may stretch it. Events the odds tell of are polled for at once (<see cref="SignalledPolls"/>).
    /// </summary>
    public TimeSpan LiveInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often to poll in play when the fixture has bets but the next event could decide none of them: for full time
    /// (the correction checks), a goal ruled out, a count creeping towards a line. Unless set, two and a half live
    /// intervals (12.5 minutes), so a setting that shortens the live interval shortens this too.
    /// </summary>
    public TimeSpan QuietInterval
    {
        get => _quietInterval ?? LiveInterval * 2.5;
        init => _quietInterval = value;
    }

    private readonly TimeSpan? _quietInterval;

    /// <summary>The wait before polling again for an event the odds told of that FotMob did not show yet.</summary>
    public TimeSpan SignalFollowUp { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>How many times to poll again for one event the odds told of.</summary>
    public int SignalFollowUps { get; init; } = 2;

    /// <summary>
    /// The polls the odds may ask for at once (<see cref="SignalledPolls"/>): a goal's whole episode kept back, and
    /// room for more than one other besides.
    /// </summary>
    public int SignalPollBurst { get; init; } = 8;

    /// <summary>
    /// One more poll for the odds to ask for comes back this often, up to <see cref="SignalPollBurst"/>: 18 an hour, which
    /// with the live interval's 12 keeps a fixture in play within the 30 requests an hour of the old 2-minute polling.
    /// </summary>
    public TimeSpan SignalPollEvery { get; init; } = TimeSpan.FromSeconds(200);

    /// <summary>
    /// Longest wait between polls before kickoff (kickoff times move); also how often a fixture without bets looks at its
    /// match in play (<see cref="PollSchedule"/>).
    /// </summary>
    public TimeSpan PreMatchInterval { get; init; } = TimeSpan.FromHours(3);

    /// <summary>Start polling at the live interval this long before kickoff, when lineups are announced.</summary>
    public TimeSpan LineupLead { get; init; } = TimeSpan.FromMinutes(75);

    /// <summary>Correction checks after full time: FT+30 min and FT+2 h by default.</summary>
    public IReadOnlyList<TimeSpan> CorrectionChecks { get; init; } = [TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>How often to look again at a postponed match, or at bets still pending after the last check.</summary>
    public TimeSpan SlowInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>First wait after a failed fetch; doubles up to <see cref="LiveInterval"/> or <see cref="SlowInterval"/>.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Answers of "no such match" (HTTP 404) or of another match's payload in a row after which the fixture asks the
    /// fixture resolver where its match went (<see cref="BetsMoved"/>); it asks again after each further one.
    /// </summary>
    public int RelocateAfter { get; init; } = 3;

    /// <summary>Give up waiting for graders after this long and persist what came back.</summary>
    public TimeSpan RoundTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Save a snapshot of the fixture after this many events.</summary>
    public int SnapshotEvery { get; init; } = 300;

    public SettlementPolicy Policy { get; init; } = SettlementPolicy.Default;

    /// <summary>The book's rules: drop threshold, sharp book, value edge and expiry (the odds feed's bookmakers should include the sharp book).</summary>
    public OddsOptions Odds { get; init; } = new();

    /// <summary>
    /// The closing line is fixed this long after kickoff, so a price received just before kickoff but still on its way
    /// (or held while the feed resolved the fixture) counts.
    /// </summary>
    public TimeSpan ClosingLineDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The clock of the matches and markets, the one kickoffs and <c>placed_at</c> are on: the book reads prices on it,
    /// closing lines are fixed and bets settled by it (the odds feed stamps ticks with the same, <see
    /// cref="Odds.Client.OddsFeedOptions.MarketTime"/>). Null: the actor system's clock, which also schedules the polls.
    /// Only the demo sets it, never configuration: its replayed day runs faster than the node's clock.
    /// </summary>
    public TimeProvider? MarketTime { get; init; }
}
