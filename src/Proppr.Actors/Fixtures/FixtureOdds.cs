using Proppr.Actors.Odds;
using Proppr.Actors.Odds.Books;

namespace Proppr.Actors.Fixtures;

/// <summary>
/// A fixture's odds: its <see cref="FixtureBook"/> (which also remembers the value bets last announced, so each is
/// announced once, again only when its price changes or it returns after expiring), and its bets' closing lines.
/// <para>
/// The book is not persisted. Every price is re-sent by the feed (each frame carries a bookmaker's whole market set,
/// each reconnect takes a snapshot), so a recovered fixture's book fills again within one feed cycle; journaling
/// every tick would write far more than the bets ever do. The one thing a lost book could not give back is the
/// closing line once kickoff has passed, so that is persisted (<see cref="BetClosingLine"/>) as soon as it is fixed.
/// The cost: a fixture that recovers between kickoff and <see cref="FixtureSettings.ClosingLineDelay"/> after it has
/// no pre-kickoff prices left and its bets get no closing line.
/// </para>
/// </summary>
public sealed class FixtureOdds(OddsOptions options)
{
    private int _dropsSinceSignal;

    public FixtureBook? Book { get; private set; }

    public string? OddsEventId { get; private set; }

    /// <summary>Whether ticks since the last <see cref="TakeSignal"/> may have something to announce.</summary>
    public bool SignalPending => _dropsSinceSignal > 0 || Book is { HasUntakenChanges: true };

    /// <summary>
    /// Applies the ticks. The book is made on the first, with FotMob's kickoff when the fixture knows it, else the
    /// provider's (a book keeps the kickoff it was made with). Allocates nothing once the book knows the outcomes:
    /// drops are counted and value bets looked for only when the signal is taken (<see cref="TakeSignal"/>).
    /// </summary>
    public OddsApplied Apply(ApplyOdds command, DateTimeOffset? fixtureKickoff, DateTimeOffset now)
    {
        var book = Book ??= new FixtureBook(options, fixtureKickoff ?? command.Kickoff);
        OddsEventId = command.OddsEventId;
        var drops = 0;
        var pricedBeforeKickoff = false;
        foreach (var tick in command.Ticks)
        {
            drops += tick.ApplyTo(book);
            pricedBeforeKickoff |= tick.ReceivedAt <= book.Kickoff;
        }
        _dropsSinceSignal += drops;
        return new OddsApplied(drops, pricedBeforeKickoff);
    }

    /// <summary>
    /// What the ticks since the last call brought for watchers: their drops (as many as the history still holds) and the
    /// value bets that are new at <paramref name="now"/>; null when there is neither.
    /// </summary>
    public FixtureOddsSignal? TakeSignal(long fixtureId, DateTimeOffset now)
    {
        if (Book is not { } book)
        {
            return null;
        }
        var newValueBets = book.TakeNewValueBets(now);
        var drops = _dropsSinceSignal;
        _dropsSinceSignal = 0;
        return drops == 0 && newValueBets == 0 ? null : new FixtureOddsSignal(fixtureId, book.LatestDrops(drops), book.NewValueBets(), now);
    }

    /// <summary>When closing lines are fixed: the book's kickoff plus <paramref name="delay"/>; null before any odds.</summary>
    public DateTimeOffset? ClosesAt(TimeSpan delay) => Book?.Kickoff + delay;

    /// <summary>
    /// The closing lines of the bets placed before kickoff that have none yet and whose price the book had before kickoff
    /// (a bet struck in play is not measured against the pre-match close).
    /// </summary>
    public IReadOnlyList<ClosingLine> CloseLines(IEnumerable<TrackedBet> bets) =>
        Book is { } book
            ? [.. bets.Where(bet => bet.Closing is null && !(bet.Bet.PlacedAt > book.Kickoff))
                .Select(bet => ClosingLine.For(bet.Bet, book)).OfType<ClosingLine>()]
            : [];

    public FixtureOddsView View(long fixtureId, DateTimeOffset now, IEnumerable<TrackedBet> bets) => new(
        fixtureId,
        OddsEventId,
        Book?.Kickoff,
        [.. Book?.Quotes ?? []],
        [.. Book?.Drops ?? []],
        [.. Book?.ValueBets(now) ?? []],
        [.. bets.Select(bet => bet.Closing).OfType<ClosingLine>()]);
}

/// <summary>
/// What applying ticks did: how many drops they recorded and whether any price was seen before kickoff. A count, not a
/// list, so the tick path allocates nothing (the signal is made by <see cref="FixtureOdds.TakeSignal"/>).
/// </summary>
public readonly record struct OddsApplied(int Drops, bool PricedBeforeKickoff);
