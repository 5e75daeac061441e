using System.Text.Json.Nodes;
using Proppr.Actors.Matches;
using Proppr.Replay.Generation;
using Proppr.Replay.Timeline;

namespace Proppr.Replay.FotMob;

/// <summary>
/// One match at one moment, with what every part of the FotMob document needs: the published facts and their tallies,
/// the timetable, and who is who.
/// </summary>
internal sealed class MatchView
{
    public MatchView(SyntheticMatch match, DateTimeOffset now)
    {
        Match = match;
        Schedule = new MatchSchedule(match);
        Moment = Schedule.At(now);
        Tally = MatchTally.Of(match, Moment);
        _playerOfTheMatch = new Lazy<SquadPlayer?>(() => Moment.Phase == MatchPhase.Finished
            ? Match.Home.Squad.Concat(Match.Away.Squad).Where(p => Rating(p) is not null).MaxBy(p => Rating(p)!.Value)
            : null);
    }

    private readonly Lazy<SquadPlayer?> _playerOfTheMatch;

    public SyntheticMatch Match { get; }
    public MatchSchedule Schedule { get; }
    public MatchMoment Moment { get; }
    public MatchTally Tally { get; }

    public long MatchId => Match.MatchId;

    /// <summary>The score the header shows: the one played, or 3-0 once the match is over and awarded.</summary>
    public Score HeaderScore => Moment.Phase == MatchPhase.Finished && Match.Quirks.AwardedTo is { } winner
        ? Score.Nil.Add(winner, 3)
        : Tally.Score;

    /// <summary>The player's rating so far, null when not (yet) rated.</summary>
    public decimal? Rating(SquadPlayer player) => Moment.Started ? PlayerRating.Of(player, Tally.Player(player.Id)) : null;

    /// <summary>The best-rated player, named once the match is over.</summary>
    public SquadPlayer? PlayerOfTheMatch => _playerOfTheMatch.Value;

    /// <summary>A stand-in for FotMob's fantasy score: goals, assists and a clean sheet, minus bookings.</summary>
    public int FantasyPoints(SquadPlayer player)
    {
        var line = Tally.Player(player.Id);
        var cleanSheet = line.Minutes >= 60 && Tally.Score.For(SideOf(player.Id).Opponent()) == 0 && player.Position <= Position.Defender ? 4 : 0;
        return (line.Minutes > 0 ? 1 : 0) + (line.Minutes >= 60 ? 1 : 0) + (5 * line.Goals) + (3 * line.Assists) + cleanSheet
            - line.YellowCards - (3 * line.RedCards);
    }

    public SyntheticTeam Team(Side side) => side == Side.Home ? Match.Home : Match.Away;

    public Side SideOf(long playerId) => Match.Home.Squad.Any(p => p.Id == playerId) ? Side.Home : Side.Away;

    public SquadPlayer Player(long playerId) => Team(SideOf(playerId)).Player(playerId);

    /// <summary>FotMob's colour for a side, a fixed pair for every replayed match.</summary>
    public static string Colour(Side side) => side == Side.Home ? "#B71C1C" : "#1A237E";

    /// <summary><c>teamColors</c> as <c>general</c> and each stats period carry it.</summary>
    public static JsonObject TeamColours()
    {
        JsonObject Pair(string home, string away) => new() { ["home"] = home, ["away"] = away };
        return new JsonObject
        {
            ["darkMode"] = Pair(Colour(Side.Home), Colour(Side.Away)),
            ["lightMode"] = Pair(Colour(Side.Home), Colour(Side.Away)),
            ["fontDarkMode"] = Pair("rgba(255, 255, 255, 1.0)", "rgba(255, 255, 255, 1.0)"),
            ["fontLightMode"] = Pair("rgba(255, 255, 255, 1.0)", "rgba(255, 255, 255, 1.0)"),
        };
    }

    public static string ProfileUrl(SquadPlayer player) => $"/players/{player.Id}/{Slug(player.Name)}";

    public static string TeamUrl(SyntheticTeam team) => $"/teams/{team.Id}/overview/{Slug(team.Name)}";

    public string PageSlug => $"{Slug(Match.Home.Name)}-vs-{Slug(Match.Away.Name)}";

    public static string Slug(string name) => string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
