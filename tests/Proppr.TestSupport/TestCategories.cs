namespace Proppr.TestSupport;

/// <summary>
/// The <c>Category</c> traits the fast loop leaves out (README, "Tests"): tests that need chromium, several processes,
/// or PostgreSQL. A theory row on PostgreSQL is left out by its display name (<c>provider: PostgreSql</c>).
/// </summary>
public static class TestCategories
{
    public const string Key = "Category";
    public const string Browser = "Browser";
    public const string MultiProcess = "MultiProcess";
    public const string PostgreSql = "PostgreSql";
}
