using Proppr.Actors.Odds.History;

namespace Proppr.Node.Api.Odds;

/// <summary>A page of the odds history as the API shows it (<see cref="OddsHistoryPage{T}"/>); the cursor as text.</summary>
public sealed record OddsHistoryResponse<T>(DateOnly Day, IReadOnlyList<T> Items, string? NextAfter, DateOnly? PreviousDay, DateOnly? NextDay);

public static class OddsHistoryResponse
{
    public static OddsHistoryResponse<TEntry> From<TRow, TEntry>(OddsHistoryPage<TRow> page, Func<TRow, TEntry> entry) =>
        new(page.Day, [.. page.Items.Select(entry)], page.NextAfter?.ToString(), page.PreviousDay, page.NextDay);
}
