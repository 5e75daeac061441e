using Proppr.Actors.ReadModel.Screening;

namespace Proppr.Actors.ReadModel.Clients;

/// <summary>
/// One client's bets from one source on a day (<see cref="DailyActivity"/>): how many and their stake (open ones
/// included), how the settled ones went and the bettor's profit on them, the client's category and screening flags.
/// A null client is the day's bets that named none, from that source.
/// </summary>
public sealed record ActivityRow(
    DateOnly Day,
    string? Client,
    string? Category,
    string? Source,
    int Bets,
    int Open,
    decimal Stake,
    int Won,
    int Lost,
    int Void,
    decimal Profit,
    IReadOnlyList<FlagKind> Flags);
