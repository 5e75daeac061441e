using System.Collections.Immutable;
using Proppr.Actors.Betting;

namespace Proppr.Actors.Matches.Resolution;

/// <summary>
/// What the resolver still owes: queries not yet matched (with their bets, attempts and next try) and bets whose
/// match is known but not yet acknowledged by the fixture. Nothing leaves here until it is done.
/// </summary>
public sealed class PendingResolutions(RetryBackoff backoff)
{
    private readonly Dictionary<string, PendingResolution> _unresolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HeldDelivery> _undelivered = new(StringComparer.Ordinal);

    public bool IsUnresolved(string externalId) => _unresolved.ContainsKey(externalId);

    public void Apply(IFixtureResolverEvent @event)
    {
        switch (@event)
        {
            case ResolutionQueued queued:
                var key = queued.Query.ExternalId;
                _unresolved[key] = _unresolved.TryGetValue(key, out var pending)
                    ? pending with { Bets = Merge(pending.Bets, queued.Bets) }
                    : new PendingResolution(queued.Query, queued.Bets, 0, null, DateTimeOffset.MinValue);
                break;
            case ExternalFixtureResolved resolved:
                var bets = _unresolved.Remove(resolved.ExternalId, out var found) ? found.Bets : [];
                if (!bets.IsEmpty)
                {
                    // Bets still owed from an earlier resolution of the same id stay owed beside these.
                    _undelivered[resolved.ExternalId] = _undelivered.TryGetValue(resolved.ExternalId, out var owed)
                        ? owed with { Bets = Merge(owed.Bets, bets) }
                        : new HeldDelivery(resolved.ExternalId, resolved.FixtureId, bets);
                }
                break;
            case ResolutionAttemptFailed failed:
                Failed(failed.ExternalId, failed.Error, failed.At);
                break;
            case HeldBetsDelivered delivered:
                Delivered(delivered);
                break;
        }
    }

    /// <summary>The unresolved query to search for next, if one is due.</summary>
    public FixtureQuery? NextDue(DateTimeOffset now) =>
        _unresolved.Values.Where(p => p.NextAttemptAt <= now).OrderBy(p => p.NextAttemptAt).FirstOrDefault()?.Query;

    /// <summary>Bets whose fixture is known, to (re)send until the fixture acknowledges them.</summary>
    public IEnumerable<HeldDelivery> Undelivered => _undelivered.Values;

    public ImmutableArray<UnresolvedFixture> Describe() =>
        [.. _unresolved.Values
            .OrderBy(p => p.Query.Kickoff)
            .Select(p => new UnresolvedFixture(p.Query, p.Bets.Length, p.Attempts, p.LastError, p.NextAttemptAt))];

    /// <summary>Everything still owed, for a snapshot: recovery then needs none of the events before it.</summary>
    public FixtureResolverSnapshot ToSnapshot() =>
        new([.. _unresolved.Values.OrderBy(p => p.Query.ExternalId, StringComparer.Ordinal)],
            [.. _undelivered.Values.OrderBy(d => d.ExternalId, StringComparer.Ordinal)]);

    public void Restore(FixtureResolverSnapshot snapshot)
    {
        _unresolved.Clear();
        _undelivered.Clear();
        foreach (var pending in snapshot.Unresolved)
        {
            _unresolved[pending.Query.ExternalId] = pending;
        }
        foreach (var held in snapshot.Undelivered)
        {
            _undelivered[held.ExternalId] = held;
        }
    }

    /// <summary>Only the acknowledged bets leave: others joined while the delivery was under way.</summary>
    private void Delivered(HeldBetsDelivered delivered)
    {
        if (!_undelivered.TryGetValue(delivered.ExternalId, out var held))
        {
            return;
        }
        var left = delivered.BetIds is { } ids ? held.Bets.RemoveAll(bet => ids.Contains(bet.BetId)) : [];
        if (left.IsEmpty)
        {
            _undelivered.Remove(delivered.ExternalId);
        }
        else
        {
            _undelivered[delivered.ExternalId] = held with { Bets = left };
        }
    }

    /// <summary>A search found nothing (or failed): try again later, a little later each time.</summary>
    private void Failed(string externalId, string error, DateTimeOffset at)
    {
        if (_unresolved.TryGetValue(externalId, out var pending))
        {
            var attempts = pending.Attempts + 1;
            _unresolved[externalId] = pending with { Attempts = attempts, LastError = error, NextAttemptAt = at + backoff.After(attempts) };
        }
    }

    private static ImmutableArray<Bet> Merge(ImmutableArray<Bet> held, ImmutableArray<Bet> more) =>
        held.AddRange(more.Where(bet => held.All(h => h.BetId != bet.BetId)));
}
