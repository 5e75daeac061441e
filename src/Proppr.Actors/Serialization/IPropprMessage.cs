namespace Proppr.Actors.Serialization;

/// <summary>
/// Marks every persisted event and every message that may cross nodes. <c>akka.hocon</c> binds this interface to
/// <see cref="PropprSerializer"/>; each implementing type must also be registered in <see cref="PropprManifests"/>.
/// </summary>
public interface IPropprMessage;
