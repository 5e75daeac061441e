using System.Runtime.Serialization;
using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace Proppr.Actors.Serialization;

/// <summary>
/// The serializer for every <see cref="IPropprMessage"/>: System.Text.Json with source-generated metadata and the
/// stable manifests of <see cref="PropprManifests"/>. A type missing from the registry fails loudly, both ways.
/// </summary>
public sealed class PropprSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>Fixed forever: journal rows name their serializer by this id.</summary>
    public const int Id = 7331;

    public override int Identifier => Id;

    public override byte[] ToBinary(object obj) =>
        JsonSerializer.SerializeToUtf8Bytes(obj, Registered(obj.GetType()).TypeInfo);

    public override object FromBinary(byte[] bytes, string manifest) =>
        PropprManifests.TryGet(manifest, out var typeInfo)
            ? JsonSerializer.Deserialize(bytes, typeInfo) ?? throw new SerializationException($"'{manifest}' deserialized to null")
            : throw new SerializationException($"Unknown manifest '{manifest}': not a Proppr message of this version.");

    public override string Manifest(object o) => Registered(o.GetType()).Manifest;

    private static (string Manifest, System.Text.Json.Serialization.Metadata.JsonTypeInfo TypeInfo) Registered(Type type) =>
        PropprManifests.TryGet(type, out var manifest, out var typeInfo)
            ? (manifest, typeInfo)
            : throw new SerializationException(
                $"{type.FullName} is not registered with the Proppr serializer: add it to PropprManifests and PropprJsonContext.");
}
