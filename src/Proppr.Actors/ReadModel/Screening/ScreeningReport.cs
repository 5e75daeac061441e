namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// A day's screening: every client that placed a bet that day, flagged ones first; and how many of the day's bets
/// named no client (they are not screened: a source is a bot or desk, not an account).
/// </summary>
public sealed record ScreeningReport(DateOnly Day, IReadOnlyList<ClientScreening> Clients, int UnattributedBets);
