namespace Proppr.Cli;

/// <summary>A command could not do its work; the message says why in a sentence for the person at the terminal.</summary>
public sealed class CliFailure(string message) : Exception(message);
