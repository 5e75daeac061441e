using Proppr.Actors.ReadModel;
using Proppr.TestSupport;

namespace Proppr.Actors.Tests.ReadModel;

/// <summary>Issue 15, defect 8: a fresh database has no journal table yet; its end is 0, not a failure the live feed logs and retries.</summary>
public sealed class JournalEndTests
{
    [Fact]
    public async Task A_database_without_a_journal_table_ends_at_offset_0()
    {
        using var database = new TempDatabaseFile();

        (await new JournalEnd(database.Options, "journal", "ordering").OffsetAsync(CancellationToken.None)).Should().Be(0);
    }
}
