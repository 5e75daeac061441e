using System.Globalization;
using Proppr.Actors.Hosting;

namespace Proppr.TestSupport;

/// <summary>A test's look at what is in the database.</summary>
public static class DatabaseCounts
{
    /// <summary>The single number <paramref name="sql"/> answers (a <c>COUNT(*)</c>), on a connection of its own.</summary>
    public static async Task<long> CountAsync(this DatabaseOptions database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
