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
    /// <summary>Each variant's index into <see cref="_quotedBy"/> and into its outcomes' quotes.</summary>
    private readonly Dictionary<string, int> _variants = new(BookmakerName.Comparer);
    /// <summary>By variant: the outcomes it quoted in its latest message.</summary>
    private readonly List<List<OutcomePrice>> _quotedBy = [];
    private readonly Dictionary<OddsKey, OutcomePrice> _outcomes = [];
    private readonly Dictionary<OddsKey, OutcomeSet> _sets = [];
    /// <summary>The outcomes of the message being applied, in its order; reused.</summary>
    private readonly List<OutcomePrice> _applying = [];
    private long _applied;

    /// <summary>The bookmaker's name, variants merged (<see cref="BookmakerName.Normalise"/>).</summary>
    public string Name => name;

    public bool IsSharp => sharp;

    public IEnumerable<OutcomePrice> Offered => _outcomes.Values.Where(outcome => outcome.Offered);

    public OutcomePrice? Outcome(OddsKey key) => _outcomes.GetValueOrDefault(key);

    public BookQuote? Price(OddsKey key) => _outcomes.TryGetValue(key, out var outcome) && outcome.Offered ? outcome.View : null;

    public BookQuote? ClosingPrice(OddsKey key) => _outcomes.GetValueOrDefault(key)?.Closing?.ToQuote(name);

    /// <summary>
    /// Replaces what the variant <see cref="BookmakerMarkets.Bookmaker"/> quotes with <paramref name="odds"/>. One
    /// dictionary lookup per entry: the outcome holds every variant's quote.
    /// </summary>
    public void Replace(BookmakerMarkets odds, DateTimeOffset now, DateTimeOffset kickoff)
    {
        var source = odds.Bookmaker;
        var variant = VariantOf(source);
        var quoted = _quotedBy[variant];
        var stamp = ++_applied;
        // Indexed loops: a foreach over the interfaces would allocate an enumerator per market.
        var markets = odds.Markets;
        for (var m = 0; m < markets.Count; m++)
        {
            var entries = markets[m].Entries;
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                ref var outcome = ref CollectionsMarshal.GetValueRefOrAddDefault(_outcomes, entry.Key, out _);
                outcome ??= New(entry.Key);
                if (outcome.Quote(variant, new VariantQuote(source, entry, (double)entry.Price, now, stamp)))
                {
                    quoted.Add(outcome);
                }
                _applying.Add(outcome);
            }
        }
        // Refreshed once every quote of the message is in (a key sent twice counts once, at its last price).
        foreach (var outcome in _applying)
        {
            Refresh(outcome, now, kickoff);
        }
        _applying.Clear();
        // What the variant quoted before and not now is taken away (compacted in place: no delegate per tick).
        var kept = 0;
        for (var i = 0; i < quoted.Count; i++)
        {
            var outcome = quoted[i];
            if (outcome.StampFrom(variant) == stamp)
            {
                quoted[kept++] = outcome;
                continue;
            }
            outcome.Unquote(variant);
            Refresh(outcome, now, kickoff);
        }
        quoted.RemoveRange(kept, quoted.Count - kept);
    }

    /// <summary>Takes away what <paramref name="source"/> quotes, or every variant's quotes when it is null.</summary>
    public void Withdraw(string? source, DateTimeOffset now, DateTimeOffset kickoff)
    {
        foreach (var (variantName, variant) in _variants)
        {
            if (source is not null && !BookmakerName.Comparer.Equals(source, variantName))
            {
                continue;
            }
            var quoted = _quotedBy[variant];
            foreach (var outcome in quoted)
            {
                outcome.Unquote(variant);
                Refresh(outcome, now, kickoff);
            }
            quoted.Clear();
        }
    }

    private int VariantOf(string source)
    {
        ref var variant = ref CollectionsMarshal.GetValueRefOrAddDefault(_variants, source, out var known);
        if (!known)
        {
            variant = _quotedBy.Count;
            _quotedBy.Add([]);
        }
        return variant;
    }

    /// <summary>Brings one outcome up to date with its freshest quote and reports it to the book when it changed.</summary>
    private void Refresh(OutcomePrice outcome, DateTimeOffset now, DateTimeOffset kickoff)
    {
        var found = outcome.Freshest(out var best);
        if (!outcome.Shown)
        {
            if (found)
            {
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

    /// <summary>A new outcome, in its sharp set; the caller puts it in <see cref="_outcomes"/>.</summary>
    private OutcomePrice New(OddsKey key)
    {
        OutcomeSet? set = null;
        if (sharp)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_sets, OutcomeSet.KeyOf(key), out _);
            set = slot ??= new OutcomeSet();
        }
        var outcome = new OutcomePrice(this, key, set);
        set?.Outcomes.Add(outcome);
        return outcome;
    }
}
