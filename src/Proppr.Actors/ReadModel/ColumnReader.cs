using System.Data.Common;
using Proppr.Actors.Betting.Contract;

namespace Proppr.Actors.ReadModel;

/// <summary>Reads the read model's columns by name, in the types <see cref="ReadModelSchema"/> stores them as.</summary>
internal static class ColumnReader
{
    public static string Text(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? OptionalText(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Long(this DbDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static long? OptionalLong(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public static bool Flag(this DbDataReader reader, string column) => reader.GetInt32(reader.GetOrdinal(column)) != 0;

    public static decimal Decimal(this DbDataReader reader, string column) => DecimalText.Parse(reader.Text(column));

    public static decimal? OptionalDecimal(this DbDataReader reader, string column) =>
        reader.OptionalText(column) is { } text ? DecimalText.Parse(text) : null;

    public static DateTimeOffset Time(this DbDataReader reader, string column) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.Long(column));

    public static DateTimeOffset? OptionalTime(this DbDataReader reader, string column) =>
        reader.OptionalLong(column) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static T Name<T>(this DbDataReader reader, string column, WireNameTable<T> names) where T : struct, Enum =>
        names.TryParse(reader.Text(column), out var value)
            ? value
            : throw new InvalidDataException($"{column} '{reader.Text(column)}' is not one of {string.Join(", ", names.Names)}");
}
