namespace Proppr.Actors.Odds.Feed;

/// <summary>
/// <c>welcome</c>: sent right after connecting, with the filters the server applied. <see cref="Bookmakers"/> is the
/// account's selection: worth comparing with the configured bookmakers, as the socket has no bookmaker filter.
/// </summary>
public sealed record WelcomeFrame(
    string? Message,
    IReadOnlyList<string> Bookmakers,
    IReadOnlyList<string> Sports,
    IReadOnlyList<string> Leagues,
    string? Status,
    string? Warning) : OddsFrame;
