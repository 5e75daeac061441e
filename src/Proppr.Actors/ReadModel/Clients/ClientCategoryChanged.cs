using Proppr.Actors.Hosting;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.ReadModel.Clients;

/// <summary>
/// A desk set a client's category (<see cref="Category"/>), or took it away (null), on some node; published on
/// <see cref="Topic"/> once the table holds it, so every node's live stream tells its open pages.
/// </summary>
public sealed record ClientCategoryChanged(string Client, ClientCategory? Category) : IPropprMessage
{
    public static readonly ClusterTopic Topic = new("client-categories");
}
