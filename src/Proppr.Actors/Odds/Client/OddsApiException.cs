namespace Proppr.Actors.Odds.Client;

/// <summary>An odds REST call failed (no permit, unreachable, an error status); the message says which call and why, never the key.</summary>
public sealed class OddsApiException(string message, Exception? inner = null) : Exception(message, inner);
