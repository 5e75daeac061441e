using System.Runtime.Serialization;
using Akka.Actor;
using Akka.Configuration;
using Proppr.Actors.Fixtures;
using Proppr.Actors.Hosting;
using Proppr.Actors.Serialization;

namespace Proppr.Actors.Tests.Serialization;

/// <summary>Every persisted event and cluster message through the serializer akka.hocon binds, as remoting and the journal use it.</summary>
public sealed class SerializerRoundTripTests : IDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create(
        "serialization",
        ConfigurationFactory.ParseString("akka.actor.provider = local").WithFallback(PropprConfig.Load()));

    private Akka.Serialization.Serialization Serialization => _system.Serialization;

    /// <summary>
    /// Every concrete <see cref="IPropprMessage"/> in the actors assembly, found by reflection, plus every registered
    /// type: a new message is covered the moment it is declared, registered or not.
    /// </summary>
    private static readonly Type[] MessageTypes =
    [
        .. typeof(IPropprMessage).Assembly.GetTypes()
            .Where(type => typeof(IPropprMessage).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Union(PropprManifests.RegisteredTypes)
            .OrderBy(type => type.FullName, StringComparer.Ordinal),
    ];

    public static TheoryData<string> AllMessageTypes() => new(MessageTypes.Select(type => type.FullName!));

    [Theory]
    [MemberData(nameof(AllMessageTypes))]
    public void Each_message_type_is_registered_and_survives_a_round_trip_through_the_bound_serializer(string typeName)
    {
        var type = MessageTypes.Single(t => t.FullName == typeName);
        PropprManifests.TryGet(type, out _, out _).Should().BeTrue("every IPropprMessage needs a manifest in PropprManifests and metadata in PropprJsonContext");
        MessageSamples.All.Should().ContainKey(type, "every message type needs a sample in MessageSamples");
        var sample = MessageSamples.All[type];

        var serializer = Serialization.FindSerializerFor(sample);
        var bytes = serializer.ToBinary(sample);
        var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, sample);
        var back = Serialization.Deserialize(bytes, serializer.Identifier, manifest);

        serializer.Should().BeOfType<PropprSerializer>();
        back.Should().BeOfType(type);
        serializer.ToBinary(back).Should().Equal(bytes, "writing the copy again gives the same bytes");
        if (type.GetProperties().Length > 0)
        {
            back.Should().BeEquivalentTo(sample, options => options.RespectingRuntimeTypes());
        }
    }

    [Fact]
    public void Every_sample_is_registered()
    {
        MessageSamples.All.Keys.Should().BeSubsetOf(PropprManifests.RegisteredTypes);
    }

    [Fact]
    public void Every_registered_type_has_its_own_manifest()
    {
        var manifests = PropprManifests.RegisteredTypes
            .Select(type => PropprManifests.TryGet(type, out var manifest, out _) ? manifest : null)
            .ToList();

        manifests.Should().OnlyHaveUniqueItems().And.NotContainNulls();
    }

    [Theory]
    [InlineData(typeof(BetTracked), "fx-ev-tracked")]
    [InlineData(typeof(BetSettled), "fx-ev-settled")]
    [InlineData(typeof(BetResettled), "fx-ev-resettled")]
    [InlineData(typeof(MatchStateChanged), "fx-ev-state")]
    [InlineData(typeof(CorrectionCheckCompleted), "fx-ev-correction")]
    [InlineData(typeof(BetClosingLine), "fx-ev-closing-line")]
    [InlineData(typeof(BetsTrackedTogether), "fx-ev-tracked-together")]
    [InlineData(typeof(RoundSettled), "fx-ev-round-settled")]
    [InlineData(typeof(ClosingLinesFixed), "fx-ev-closing-lines")]
    [InlineData(typeof(FixtureSnapshot), "fx-snapshot")]
    public void What_a_fixture_journal_holds_keeps_the_manifest_its_rows_were_written_with(Type type, string manifest)
    {
        PropprManifests.TryGet(type, out var registered, out _).Should().BeTrue();
        registered.Should().Be(manifest, "journal and snapshot rows already carry this manifest");
    }

    [Fact]
    public void A_proppr_message_missing_from_the_registry_fails_loudly()
    {
        var serializer = Serialization.FindSerializerFor(new UnregisteredMessage("x"));

        serializer.Should().BeOfType<PropprSerializer>();
        var act = () => serializer.ToBinary(new UnregisteredMessage("x"));
        act.Should().Throw<SerializationException>().WithMessage("*UnregisteredMessage*not registered*");
    }

    [Fact]
    public void A_type_with_no_binding_is_refused_instead_of_falling_back_to_json()
    {
        var act = () => Serialization.FindSerializerFor(new UnboundMessage("x"));

        act.Should().Throw<Exception>().Which.Message.Should().Contain(nameof(UnboundMessage));
    }

    [Fact]
    public void An_unknown_manifest_is_refused()
    {
        var act = () => Serialization.Deserialize([(byte)'{', (byte)'}'], PropprSerializer.Id, "fx-from-the-future");

        act.Should().Throw<SerializationException>().WithMessage("*fx-from-the-future*");
    }

    public void Dispose() => _system.Dispose();

    private sealed record UnregisteredMessage(string Value) : IPropprMessage;

    private sealed record UnboundMessage(string Value);
}
