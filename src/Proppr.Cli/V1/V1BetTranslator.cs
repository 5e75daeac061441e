using System.Text.Json.Nodes;
using MongoDB.Bson;
using Proppr.Actors.Betting;
using static Proppr.Cli.V1.ExtendedJsonValues;

namespace Proppr.Cli.V1;

/// <summary>
/// Translates the old system's tracked-bet documents (one MongoDB Extended JSON object per line, as
/// <c>mongoexport</c> writes them) into Proppr bets, field by field as the old grader read them: the line from
/// <c>threshold</c>, the side from <c>market_direction</c> or <c>direction</c>, the stat from <c>stat_type</c> or the
/// old numeric <c>type_id</c>, the stake from <c>units_staked</c> falling back to <c>actual_stake</c>, and the old
/// verdict from <c>result_tracking</c> or the top-level <c>status</c>. Pure: the same line always gives the same bet.
/// </summary>
public static class V1BetTranslator
{
    /// <summary>The old grader's numeric stat ids (its <c>STAT_ID_MAPPING</c>).</summary>
    private static readonly Dictionary<long, string> StatIds = new()
    {
        [52] = "goals", [34] = "corners", [84] = "yellow_cards", [42] = "shots", [86] = "shots_on_target",
        [78] = "tackles", [51] = "offsides", [56] = "fouls", [80] = "passes", [100] = "interceptions",
    };

    private static readonly HashSet<string> CountMarkets =
    [
        "goals", "corners", "yellow_cards", "red_cards", "shots", "shots_on_target", "fouls", "offsides",
        "assists", "tackles", "interceptions", "passes",
    ];

    /// <summary>The old result statuses and their Proppr names; <c>pending</c> and <c>untrackable</c> are open bets.</summary>
    private static readonly Dictionary<string, string> SettledStatuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["won"] = "won", ["lost"] = "lost", ["refund"] = "refund", ["half_win"] = "half_won", ["half_loss"] = "half_lost",
    };

    public static V1Translation Translate(int line, string text)
    {
        if (Document(text, out var unreadable) is not { } document)
        {
            return new V1Translation(line, null, null, null, unreadable);
        }
        var betId = Text(document.At("bet_id")) ?? (Text(document.At("_id")) is { } id ? "v1-" + id : null);
        if (betId is null)
        {
            return new V1Translation(line, null, null, null, "no _id or bet_id");
        }
        var (bet, problem) = Bet(document);
        if (bet is null)
        {
            return new V1Translation(line, betId, null, null, problem);
        }
        bet.With("bet_id", betId);
        var verdict = Verdict(document);
        if (verdict is null)
        {
            return new V1Translation(line, betId, bet, null, null);
        }
        // A settlement needs its time; without graded_at the kickoff, then the placement, stands for it.
        var settledAt = verdict.SettledAt ?? Instant(document.First("fixture_datetime", "Date")) ?? Instant(document.First("created_at", "alert_time", "timestamp"));
        if (settledAt is null)
        {
            return new V1Translation(line, betId, null, verdict, "settled in v1 without graded_at, a kickoff or a creation time");
        }
        bet["prior_settlement"] = new JsonObject()
            .With("status", verdict.Status)
            .With("settled_at", settledAt)
            .With("actual_value", verdict.ActualValue)
            .With("reason", verdict.Reason);
        return new V1Translation(line, betId, bet, verdict with { SettledAt = settledAt }, null);
    }

    private static (JsonObject? Bet, string? Problem) Bet(BsonDocument document)
    {
        var bet = new JsonObject();
        var fixtureId = Whole(document.First("fixture_id", "fixture_info.match_id"));
        var oddsFixtureId = Text(document.First("odds_fixture_id", "original_id"));
        if (fixtureId is > 0)
        {
            bet["fixture_id"] = fixtureId;
        }
        else if (oddsFixtureId is null)
        {
            return (null, "no fixture_id, odds_fixture_id or original_id");
        }
        bet.With("odds_fixture_id", oddsFixtureId)
            .With("home_team", Text(document.First("home_team", "fixture_info.home_team")))
            .With("away_team", Text(document.First("away_team", "fixture_info.away_team")))
            .With("kickoff", Instant(document.First("fixture_datetime", "Date")));

        var direction = Text(document.First("market_direction", "direction"))?.ToLowerInvariant();
        var market = Market(document);
        var threshold = Number(document.First("threshold", "line"));
        switch (direction)
        {
            case "home" or "away":
                bet.With("scope", "match").With("market", "asian_handicap").With("selection", direction).With("line", threshold);
                break;
            case "over" or "under" when market is null:
                return (null, $"unknown stat_type '{Text(document.At("stat_type"))}' / type_id '{Text(document.At("type_id"))}'");
            case "over" or "under" when market is "first_goalscorer" or "anytime_goalscorer":
                bet.With("market", market).With("selection", direction == "over" ? "yes" : "no");
                break;
            case "over" or "under":
                bet.With("market", market).With("selection", direction).With("line", threshold);
                break;
            default:
                return (null, $"unknown market_direction '{direction}'");
        }
        if (direction is "over" or "under")
        {
            var scope = Scope(document, bet);
            if (scope.Problem is not null)
            {
                return (null, scope.Problem);
            }
            bet.With("scope", scope.Value);
        }
        return (bet.With("odds", Number(document.At("odds")))
            .With("stake", Number(document.First("units_staked", "actual_stake")))
            .With("source", Text(document.First("bot_type", "source")) ?? (Flag(document.At("is_player_alert")) ? "player" : "team"))
            .With("client", Text(document.First("client", "username", "user")))
            .With("placed_at", Instant(document.First("created_at", "alert_time", "timestamp"))), null);
    }

    /// <summary>The stat, by name (any case, spaces or hyphens for underscores) or by the old numeric id.</summary>
    private static string? Market(BsonDocument document)
    {
        var name = Text(document.At("stat_type"))?.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        if (name is not null && (CountMarkets.Contains(name) || name is "first_goalscorer" or "anytime_goalscorer"))
        {
            return name;
        }
        return Whole(document.At("type_id")) is { } typeId && StatIds.TryGetValue(typeId, out var byId) ? byId : null;
    }

    /// <summary>
    /// A player's stat, one team's (named by the team, as the team bot wrote it), or the match's. A player named only by
    /// the odds provider's id (<c>odds_player_id</c>) is found through the imported player mappings.
    /// </summary>
    private static (string? Value, string? Problem) Scope(BsonDocument document, JsonObject bet)
    {
        var playerId = Whole(document.At("player_id"));
        var playerName = Text(document.At("player_name"));
        var oddsPlayerId = Text(document.At("odds_player_id"));
        if (playerId is not null || playerName is not null || oddsPlayerId is not null || Flag(document.At("is_player_alert")))
        {
            bet.With("player_id", playerId is > 0 ? playerId : null).With("player_name", playerName).With("odds_player_id", oddsPlayerId);
            return playerId is > 0 || playerName is not null || oddsPlayerId is not null
                ? ("player", null)
                : (null, "a player bet without player_id, player_name or odds_player_id");
        }
        if (Text(document.First("team", "team_name")) is not { } team)
        {
            return ("match", null);
        }
        if (team.Equals("home", StringComparison.OrdinalIgnoreCase) || team.Equals((string?)bet["home_team"], StringComparison.OrdinalIgnoreCase))
        {
            return ("home", null);
        }
        if (team.Equals("away", StringComparison.OrdinalIgnoreCase) || team.Equals((string?)bet["away_team"], StringComparison.OrdinalIgnoreCase))
        {
            return ("away", null);
        }
        return (null, $"team '{team}' is neither the home team '{bet["home_team"]}' nor the away team '{bet["away_team"]}'");
    }

    private static V1Verdict? Verdict(BsonDocument document)
    {
        var status = Text(document.First("result_tracking.result_status", "status"));
        if (status is null || !SettledStatuses.TryGetValue(status, out var settled))
        {
            return null;
        }
        return new V1Verdict(
            settled,
            Number(document.At("result_tracking.actual_value")),
            RefundReason(Text(document.At("result_tracking.refund_reason"))),
            Instant(document.First("result_tracking.graded_at", "settled_at")));
    }

    /// <summary>The old lineup check's refund reasons in Proppr's codes; any other is kept as the old system wrote it.</summary>
    private static string? RefundReason(string? reason) => reason switch
    {
        "bench" => SettlementReasons.DidNotStart,
        "not_in_lineup" => SettlementReasons.NotInSquad,
        _ => reason,
    };

    /// <summary>Sets a field when there is a value; the contract treats an absent field and a null one alike.</summary>
    private static JsonObject With(this JsonObject bet, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                bet[name] = text;
                break;
            case decimal number:
                bet[name] = number;
                break;
            case long whole:
                bet[name] = whole;
                break;
            case DateTimeOffset instant:
                bet[name] = instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                throw new ArgumentException($"no JSON form for {value.GetType().Name}", nameof(value));
        }
        return bet;
    }
}
