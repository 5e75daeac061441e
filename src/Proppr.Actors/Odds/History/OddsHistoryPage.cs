namespace Proppr.Actors.Odds.History;

/// <summary>
/// One page of a day's drops or value bets, oldest first: the items, the cursor for the rest of the day
/// (<see cref="NextAfter"/>, null when the day is complete), and the nearest earlier and later days that hold any
/// (for the same fixture when the query named one), so a reader pages day by day without guessing.
/// </summary>
public sealed record OddsHistoryPage<T>(DateOnly Day, IReadOnlyList<T> Items, OddsHistoryCursor? NextAfter, DateOnly? PreviousDay, DateOnly? NextDay);
