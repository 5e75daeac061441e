using Proppr.Actors.Fixtures;
using Proppr.Actors.Matches;
using Proppr.Actors.ReadModel;

namespace Proppr.Node.Api.Fixtures;

/// <summary>
/// <c>GET /api/fixtures?live=true</c>: the fixtures with open bets (the read model knows which), each as its actor
/// holds it now; with <c>live=true</c> only those in play. These fixtures are running anyway (they have work), so
/// asking them wakes nothing. Read.
/// </summary>
public static class LiveFixtureEndpoints
{
    public static void MapLiveFixtureEndpoints(this IEndpointRouteBuilder app, ApiAccess access, FixtureLookup lookup)
    {
        access.Reads(app.MapGet("/api/fixtures", async (HttpRequest request, BetQueries queries, CancellationToken cancellationToken) =>
        {
            var query = new QueryParameters(request.Query);
            var liveOnly = query.Flag("live") ?? false;
            if (query.Error is { } error)
            {
                return ApiError.BadRequest(error);
            }
            var ids = await queries.OpenFixtureIdsAsync(cancellationToken);
            var views = await lookup.AskEachAsync<FixtureView>(ids, id => new GetFixture(id), cancellationToken);
            var shown = views.Values.Where(view => !liveOnly || view.Status is { } status && status.IsInPlay()).ToArray();
            var odds = await lookup.AskEachAsync<FixtureOddsView>(shown.Select(view => view.FixtureId), id => new GetFixtureOdds(id), cancellationToken);
            return Results.Ok(new LiveFixturesResponse(
                [.. shown.OrderBy(view => view.Kickoff).ThenBy(view => view.FixtureId)
                    .Select(view => LiveFixtureResponse.From(view, odds.GetValueOrDefault(view.FixtureId)))],
                [.. ids.Where(id => !views.ContainsKey(id)).Order()]));
        }));
    }
}

/// <summary>The fixtures, and the ids of those that did not answer in time.</summary>
public sealed record LiveFixturesResponse(IReadOnlyList<LiveFixtureResponse> Fixtures, IReadOnlyList<long> Unanswered);
