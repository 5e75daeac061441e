using System.Text.Json;
using System.Text.Json.Serialization;
using Proppr.Actors.Betting;

namespace Proppr.Actors.Serialization;

/// <summary>A <see cref="Line"/> travels as its plain decimal value.</summary>
public sealed class LineJsonConverter : JsonConverter<Line>
{
    public override Line Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Line.TryCreate(reader.GetDecimal(), out var line)
            ? line
            : throw new JsonException($"{reader.GetDecimal()} is not a whole, half or quarter line");

    public override void Write(Utf8JsonWriter writer, Line value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
