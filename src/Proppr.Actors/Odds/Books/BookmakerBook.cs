using System.Runtime.InteropServices;
using Proppr.Actors.Odds.Feed;

namespace Proppr.Actors.Odds.Books;

/// <summary>
/// One bookmaker's prices for one fixture, its variants merged. Each variant (<c>Bet365</c>, <c>Bet365 (no latency)</c>)
/// keeps its own latest market set, replaced whole by each message from it, so one variant never wipes the markets only
/// the other quotes. The bookmaker's price for an outcome is the most recently received among its variants (on a tie,
/// the variant applied last). Everything is updated in place: once a bookmaker's outcomes are known, a message that
/// re-prices them allocates nothing. Each outcome that changed is reported to the <see cref="FixtureBook"/>.
/// </summary>
internal sealed class BookmakerBook(string name, bool sharp, FixtureBook book)
{
    private readonly Dictionary<string, Dictionary<OddsKey, VariantQuote>> _variants = new(BookmakerName.Comparer);
    private readonly Dictionary<OddsKey, OutcomePrice> _outcomes = [];
    private readonly Dictionary<OddsKey, OutcomeSet> _sets = [];
    private long _applied;

    /// <summary>The bookmaker's name, variants merged (<see cref="BookmakerName.Normalise"/>).</summary>
    public string Name => name;

    public bool IsSharp => sharp;

    public IEnumerable<OutcomePrice> Offered => _outcomes.Values.Where(outcome => outcome.Offered);

    public OutcomePrice? Outcome(OddsKey key) => _outcomes.GetValueOrDefault(key);

    public BookQuote? Price(OddsKey key) => _outcomes.TryGetValue(key, out var outcome) && outcome.Offered ? outcome.View : null;

    public BookQuote? ClosingPrice(OddsKey key) => _outcomes.GetValueOrDefault(key)?.Closing?.ToQuote(name);

    /// <summary>Replaces what the variant <see cref="BookmakerMarkets.Bookmaker"/> quotes with <paramref name="odds"/>.</summary>
    public void Replace(BookmakerMarkets odds, DateTimeOffset now, DateTimeOffset kickoff)
    {
        var source = odds.Bookmaker;
        if (!_variants.TryGetValue(source, out var quotes))
        {
            quotes = [];
            _variants[source] = quotes;
        }
        var stamp = ++_applied;
        // Indexed loops: a foreach over the interfaces would allocate an enumerator per market.
        var markets = odds.Markets;
        for (var m = 0; m < markets.Count; m++)
        {
            var entries = markets[m].Entries;
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                CollectionsMarshal.GetValueRefOrAddDefault(quotes, entry.Key, out _) =
                    new VariantQuote(source, entry, (double)entry.Price, now, stamp);
            }
        }
        for (var m = 0; m < markets.Count; m++)
        {
            var entries = markets[m].Entries;
            for (var e = 0; e < entries.Count; e++)
            {
                Refresh(entries[e].Key, now, kickoff);
            }
        }
        // What the variant quoted before and not now is taken away (removing while enumerating is allowed).
        foreach (var (key, quote) in quotes)
        {
            if (quote.Stamp != stamp)
            {
                quotes.Remove(key);
                Refresh(key, now, kickoff);
            }
        }
    }

    /// <summary>Takes away what <paramref name="source"/> quotes, or every variant's quotes when it is null.</summary>
    public void Withdraw(string? source, DateTimeOffset now, DateTimeOffset kickoff)
    {
        Dictionary<OddsKey, VariantQuote>[] removed;
        if (source is null)
        {
            removed = [.. _variants.Values];
            _variants.Clear();
        }
        else
        {
            removed = _variants.Remove(source, out var quotes) ? [quotes] : [];
        }
        foreach (var quotes in removed)
        {
            foreach (var key in quotes.Keys)
            {
                Refresh(key, now, kickoff);
            }
        }
    }

    /// <summary>Brings one outcome up to date with its freshest quote and reports it to the book when it changed.</summary>
    private void Refresh(OddsKey key, DateTimeOffset now, DateTimeOffset kickoff)
    {
        var found = Freshest(key, out var best);
        if (!_outcomes.TryGetValue(key, out var outcome))
        {
            if (found)
            {
                outcome = New(key);
                Show(outcome, best, now, kickoff);
                book.Changed(outcome, null);
            }
            return;
        }
        if (!found)
        {
            if (outcome.Offered)
            {
                outcome.Offered = false;
                book.Changed(outcome, null);
            }
            return;
        }
        if (outcome.Offered && outcome.Latest.Stamp == best.Stamp)
        {
            return;
        }
        // A price that returns after a suspension is compared with the last one offered: a goal often moves it.
        var previous = outcome.Latest.Entry.Price;
        Show(outcome, best, now, kickoff);
        book.Changed(outcome, previous == best.Entry.Price ? null : previous);
    }

    private static void Show(OutcomePrice outcome, VariantQuote quote, DateTimeOffset now, DateTimeOffset kickoff)
    {
        outcome.Latest = quote;
        outcome.Offered = true;
        if (now <= kickoff)
        {
            outcome.Closing = quote;
        }
    }

    private OutcomePrice New(OddsKey key)
    {
        OutcomeSet? set = null;
        if (sharp && !_sets.TryGetValue(OutcomeSet.KeyOf(key), out set))
        {
            set = new OutcomeSet();
            _sets[OutcomeSet.KeyOf(key)] = set;
        }
        var outcome = new OutcomePrice(this, key, set);
        set?.Outcomes.Add(outcome);
        _outcomes[key] = outcome;
        return outcome;
    }

    private bool Freshest(OddsKey key, out VariantQuote best)
    {
        var found = false;
        best = default;
        foreach (var quotes in _variants.Values)
        {
            if (quotes.TryGetValue(key, out var quote) &&
                (!found || quote.SeenAt > best.SeenAt || (quote.SeenAt == best.SeenAt && quote.Stamp > best.Stamp)))
            {
                best = quote;
                found = true;
            }
        }
        return found;
    }
}
