using System.Text.Json.Serialization;
using Proppr.Actors.Betting;
using Proppr.Actors.Betting.Players;

namespace Proppr.Node.Api.Management;

/// <summary>
/// <c>POST player-mappings</c>: which FotMob player each odds provider's player id is (the old system's
/// <c>player_mappings_fm</c>). A player prop sent with only <c>odds_player_id</c> takes its <c>player_id</c> from here.
/// All or nothing: one invalid entry refuses the request, naming it.
/// </summary>
public static class PlayerMappingEndpoints
{
    public static void MapPlayerMappingEndpoints(this RouteGroupBuilder manage) =>
        manage.MapPost("/player-mappings", async (PlayerMappingRequest[]? request, PlayerMappingStore store, CancellationToken cancellationToken) =>
        {
            if (request is null || request.Length == 0)
            {
                return ApiError.BadRequest("send [{\"odds_player_id\": \"<id>\", \"fotmob_player_id\": <FotMob player id>, \"player_name\": \"<optional>\"}, ...]");
            }
            if (request.Length > BetLimits.MaxBetsPerRequest)
            {
                return ApiError.TooLarge($"at most {BetLimits.MaxBetsPerRequest} mappings a request: send the rest in another");
            }
            var mappings = new List<PlayerMapping>(request.Length);
            for (var index = 0; index < request.Length; index++)
            {
                if (Mapping(request[index]) is not { } mapping)
                {
                    return ApiError.BadRequest(
                        $"mapping {index}: odds_player_id must be an id of at most {BetLimits.MaxIdLength} characters, fotmob_player_id " +
                        $"an integer from 1 to {BetLimits.MaxProviderId}, player_name at most {BetLimits.MaxTextLength} characters");
                }
                mappings.Add(mapping);
            }
            await store.SaveAsync(mappings, cancellationToken);
            return Results.Ok(new { saved = mappings.Count });
        });

    private static PlayerMapping? Mapping(PlayerMappingRequest? entry)
    {
        var name = entry?.PlayerName?.Trim();
        return entry is { OddsPlayerId: { } oddsId, FotMobPlayerId: { } fotMobId } &&
               BetLimits.IsIdText(oddsId) && BetLimits.IsProviderId(fotMobId) && name is not { Length: > BetLimits.MaxTextLength }
            ? new PlayerMapping(oddsId, fotMobId, string.IsNullOrEmpty(name) ? null : name)
            : null;
    }
}

/// <summary>One entry of the request; FotMob's name is one word in the JSON, as the old collection spelled it.</summary>
public sealed record PlayerMappingRequest(
    string? OddsPlayerId,
    [property: JsonPropertyName("fotmob_player_id")] long? FotMobPlayerId,
    string? PlayerName);
