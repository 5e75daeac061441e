using Proppr.Actors.ReadModel.Clients;

namespace Proppr.Node.Api.Clients;

/// <summary>
/// A client's category as the API and the stream give it, with its colour; a client taken out of its category has
/// every field but <see cref="Client"/> null.
/// </summary>
public sealed record ClientCategoryEntry(string Client, string? Category, CategoryColour? Colour, string? Note, DateTimeOffset? SetAt)
{
    public static ClientCategoryEntry From(ClientCategory entry) =>
        new(entry.Client, entry.Category, ClientCategories.ColourOf(entry.Category), entry.Note, entry.SetAt);

    public static ClientCategoryEntry From(ClientCategoryChanged change) =>
        change.Category is { } entry ? From(entry) : new ClientCategoryEntry(change.Client, null, null, null, null);
}
