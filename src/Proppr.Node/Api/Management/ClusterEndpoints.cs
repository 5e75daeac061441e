using Akka.Actor;
using Akka.Cluster;

namespace Proppr.Node.Api.Management;

/// <summary>Members and their status (<c>GET cluster</c>); make one leave gracefully or down it (<c>POST leave</c>, <c>POST down</c>).</summary>
public static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this RouteGroupBuilder manage)
    {
        manage.MapGet("/cluster", (ActorSystem system) => Results.Ok(ClusterResponse.From(Cluster.Get(system))));
        manage.MapPost("/leave", (AddressRequest? request, ActorSystem system) =>
            OnMember(request, system, (cluster, address) => cluster.Leave(address), "is leaving the cluster"));
        manage.MapPost("/down", (AddressRequest? request, ActorSystem system) =>
            OnMember(request, system, (cluster, address) => cluster.Down(address), "is marked down"));
    }

    private static IResult OnMember(AddressRequest? request, ActorSystem system, Action<Cluster, Address> act, string done)
    {
        if (string.IsNullOrWhiteSpace(request?.Address))
        {
            return ApiError.BadRequest("send {\"address\": \"akka.tcp://proppr@host:port\"}");
        }
        Address address;
        try
        {
            address = Address.Parse(request.Address.Trim());
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException)
        {
            return ApiError.BadRequest($"'{request.Address}' is not a cluster address (akka.tcp://proppr@host:port): {e.Message}");
        }
        var cluster = Cluster.Get(system);
        if (!cluster.State.Members.Any(m => m.Address == address))
        {
            return ApiError.NotFound($"{address} is not a member of this cluster");
        }
        act(cluster, address);
        return Results.Accepted(value: new { address = address.ToString(), result = $"{address} {done}" });
    }
}

public sealed record AddressRequest(string? Address);

public sealed record ClusterResponse(string Self, string? Leader, IReadOnlyList<MemberResponse> Members)
{
    public static ClusterResponse From(Cluster cluster)
    {
        var state = cluster.State;
        var unreachable = state.Unreachable.Select(m => m.Address).ToHashSet();
        return new ClusterResponse(
            cluster.SelfAddress.ToString(),
            state.Leader?.ToString(),
            [.. state.Members.Select(m => new MemberResponse(
                m.Address.ToString(), m.Status.ToString().ToLowerInvariant(), [.. m.Roles.Order(StringComparer.Ordinal)], !unreachable.Contains(m.Address)))]);
    }
}

public sealed record MemberResponse(string Address, string Status, IReadOnlyList<string> Roles, bool Reachable);
