namespace Proppr.Node.Demo;

/// <summary>A bet's first decision as the node's settlements listed it: its status and when it was settled.</summary>
public sealed record FirstDecision(string Status, DateTimeOffset SettledAt);
