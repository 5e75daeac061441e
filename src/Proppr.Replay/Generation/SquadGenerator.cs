using System.Collections.Immutable;

namespace Proppr.Replay.Generation;

/// <summary>Builds a made-up club for a fixture: a formation, 11 starters, 7 to 9 substitutes and a couple of absentees.</summary>
internal sealed class SquadGenerator(Random random, NameBank names, IdSequence teamIds, IdSequence playerIds)
{
    private static readonly (string Formation, int Defenders, int Midfielders, int Forwards)[] Formations =
    [
        ("4-3-3", 4, 3, 3), ("4-2-3-1", 4, 5, 1), ("4-4-2", 4, 4, 2), ("3-5-2", 3, 5, 2), ("4-1-4-1", 4, 5, 1),
    ];

    public SyntheticTeam Team()
    {
        var (formation, defenders, midfielders, forwards) = random.Pick(Formations);
        var shirts = new ShirtNumbers(random);
        var squad = new List<SquadPlayer> { Player(Position.Goalkeeper, SquadRole.Starter, shirts) };
        squad.AddRange(Players(Position.Defender, defenders, SquadRole.Starter, shirts));
        squad.AddRange(Players(Position.Midfielder, midfielders, SquadRole.Starter, shirts));
        squad.AddRange(Players(Position.Forward, forwards, SquadRole.Starter, shirts));

        // The bench always has a keeper; the outfielders on it vary, and so does its size (7 to 9).
        squad.Add(Player(Position.Goalkeeper, SquadRole.Substitute, shirts));
        var outfieldSubstitutes = random.Next(6, 9);
        for (var i = 0; i < outfieldSubstitutes; i++)
        {
            squad.Add(Player(OutfieldPosition(), SquadRole.Substitute, shirts));
        }
        var unavailable = random.Next(1, 4);
        for (var i = 0; i < unavailable; i++)
        {
            squad.Add(Player(OutfieldPosition(), SquadRole.Unavailable, shirts));
        }

        var (coachFirst, coachLast) = names.PlayerName();
        return new SyntheticTeam(teamIds.Next(), names.ClubName(), formation, playerIds.Next(), $"{coachFirst} {coachLast}", [.. squad]);
    }

    private IEnumerable<SquadPlayer> Players(Position position, int count, SquadRole role, ShirtNumbers shirts) =>
        Enumerable.Range(0, count).Select(_ => Player(position, role, shirts)).ToList();

    private Position OutfieldPosition() => random.Pick([Position.Defender, Position.Midfielder, Position.Forward]);

    private SquadPlayer Player(Position position, SquadRole role, ShirtNumbers shirts)
    {
        var (first, last) = names.PlayerName();
        var (country, code) = names.Country();
        return new SquadPlayer(
            playerIds.Next(), first, last, shirts.Next(position), position, role, random.Next(18, 36), country, code, Rates(position));
    }

    /// <summary>Per-90 activity by position, roughly as top-flight averages go.</summary>
    private PlayerRates Rates(Position position) => position switch
    {
        Position.Goalkeeper => new(random.Decimal(22, 38, 1), random.Decimal(0.6, 0.85, 2), 0m, random.Decimal(0, 0.5, 1), random.Decimal(30, 45, 1)),
        Position.Defender => new(random.Decimal(40, 75, 1), random.Decimal(0.78, 0.93, 2), random.Decimal(1.2, 3.2, 1), random.Decimal(0.8, 2.5, 1), random.Decimal(55, 85, 1)),
        Position.Midfielder => new(random.Decimal(35, 70, 1), random.Decimal(0.75, 0.91, 2), random.Decimal(1.0, 3.0, 1), random.Decimal(0.5, 1.8, 1), random.Decimal(50, 80, 1)),
        _ => new(random.Decimal(15, 35, 1), random.Decimal(0.62, 0.82, 2), random.Decimal(0.3, 1.2, 1), random.Decimal(0.1, 0.6, 1), random.Decimal(30, 50, 1)),
    };

    /// <summary>Distinct shirt numbers within a squad: keepers get 1 or a high number, the others 2 to 45.</summary>
    private sealed class ShirtNumbers(Random random)
    {
        private readonly HashSet<int> _taken = [];

        public int Next(Position position)
        {
            if (position == Position.Goalkeeper && _taken.Add(1))
            {
                return 1;
            }
            while (true)
            {
                var number = position == Position.Goalkeeper ? random.Next(12, 100) : random.Next(2, 46);
                if (_taken.Add(number))
                {
                    return number;
                }
            }
        }
    }
}
