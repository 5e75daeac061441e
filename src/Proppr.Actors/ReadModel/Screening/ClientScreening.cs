namespace Proppr.Actors.ReadModel.Screening;

/// <summary>
/// One client's screening for a day: how many bets it placed that day, its categories (empty when nothing fired;
/// sharp before risky) and the flags behind them.
/// </summary>
public sealed record ClientScreening(string Client, int Bets, IReadOnlyList<ScreeningCategory> Categories, IReadOnlyList<ScreeningFlag> Flags);
