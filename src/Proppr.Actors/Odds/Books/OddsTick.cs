using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// One change to a fixture's book, as the feed received it: a bookmaker's whole market set (<see cref="Odds"/>, from a
/// <c>created</c>/<c>updated</c> frame or one bookmaker of a REST sync), or, when <see cref="Odds"/> is null, a
/// withdrawal of <see cref="Bookmaker"/>'s prices (of every bookmaker when that is null too: <c>deleted</c>,
/// <c>no_markets</c>). <see cref="ReceivedAt"/> is when the feed got it, so a tick held back until its fixture was
/// found still counts as a price seen before kickoff.
/// </summary>
public sealed record OddsTick(string? Bookmaker, BookmakerMarkets? Odds, DateTimeOffset ReceivedAt)
{
    public static OddsTick Quote(BookmakerMarkets odds, DateTimeOffset receivedAt) => new(odds.Bookmaker, odds, receivedAt);

    public static OddsTick Withdraw(string? bookmaker, DateTimeOffset receivedAt) => new(bookmaker, null, receivedAt);

    /// <summary>Applies the tick to <paramref name="book"/>; returns how many drops it recorded.</summary>
    public int ApplyTo(FixtureBook book) =>
        Odds is { } odds ? book.Apply(odds, ReceivedAt) : book.Withdraw(Bookmaker, ReceivedAt);
}
