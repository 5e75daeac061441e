namespace Proppr.Replay.Generation;

/// <summary>How likely each position is to be the one involved in some kind of event, relative to the others.</summary>
internal sealed record PositionWeights(double Goalkeeper, double Defender, double Midfielder, double Forward)
{
    public static readonly PositionWeights Scorer = new(0, 1, 3, 6);
    public static readonly PositionWeights PenaltyTaker = new(0, 0, 2, 5);
    public static readonly PositionWeights Assister = new(0.1, 2, 4, 3);
    public static readonly PositionWeights Booked = new(0.2, 3, 3, 2);

    /// <summary>Keepers are never sent off here: the saves and goals conceded always have a keeper to go to.</summary>
    public static readonly PositionWeights SentOff = Booked with { Goalkeeper = 0 };

    public static readonly PositionWeights OwnGoal = new(0, 3, 1, 0);
    public static readonly PositionWeights Offside = new(0, 0.3, 2, 6);
    public static readonly PositionWeights CornerTaker = new(0, 1, 4, 2);

    /// <summary>Who makes way for a substitute: never the keeper, forwards most often.</summary>
    public static readonly PositionWeights SubstitutedOff = new(0, 2, 2, 3);

    public double Of(SquadPlayer player) => player.Position switch
    {
        Position.Goalkeeper => Goalkeeper,
        Position.Defender => Defender,
        Position.Midfielder => Midfielder,
        _ => Forward,
    };
}
