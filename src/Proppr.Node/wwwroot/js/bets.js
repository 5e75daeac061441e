// The day's bets as the page holds them: loaded from /api/bets, then kept current by the stream's events.

export class BetBook {
  constructor() {
    this.bets = new Map();
  }

  clear() {
    this.bets.clear();
  }

  /** A row of GET /api/bets. */
  load(row) {
    this.bets.set(row.bet_id, {
      id: row.bet_id,
      fixtureId: row.fixture_id,
      bet: row.bet ?? {},
      status: row.status,
      profitLoss: Number(row.profit_loss),
      clv: row.clv ?? null,
      placedAt: new Date(row.placed_at),
      fresh: false,
    });
  }

  /** A bet_tracked event; answers whether the bet is new and placed on <day>. */
  tracked(data, day) {
    const bet = data.bet ?? {};
    if (this.bets.has(bet.bet_id)) return false;
    const placedAt = new Date(bet.placed_at ?? data.written_at);
    if (placedAt.toISOString().slice(0, 10) !== day) return false;
    this.bets.set(bet.bet_id, {
      id: bet.bet_id, fixtureId: data.fixture_id, bet, status: 'pending', profitLoss: 0, clv: null, placedAt, fresh: true,
    });
    return true;
  }

  /** A bet_settled or bet_resettled event; answers whether it changed a bet of the day. */
  settled(data) {
    const settlement = data.settlement ?? {};
    const bet = this.bets.get(settlement.bet_id);
    if (!bet) return false;
    bet.status = settlement.status;
    bet.profitLoss = Number(settlement.profit_loss ?? 0);
    bet.fresh = true;
    return true;
  }

  /** The closing-line values of rows of GET /api/bets (fixed after kickoff, not streamed); answers whether one changed. */
  closingLines(rows) {
    let changed = false;
    for (const row of rows) {
      const bet = this.bets.get(row.bet_id);
      if (bet && row.clv != null && bet.clv !== row.clv) {
        bet.clv = row.clv;
        changed = true;
      }
    }
    return changed;
  }

  /** Newest first. */
  list() {
    return [...this.bets.values()].sort((a, b) => b.placedAt - a.placedAt || (a.id < b.id ? 1 : -1));
  }
}

/** What a bet backs, as one key: fixture, scope (or player), market, period, selection and line. */
export function selectionKey(entry) {
  const b = entry.bet;
  const who = b.scope === 'player' ? `player ${b.player_name ?? b.player_id}` : b.scope;
  return [entry.fixtureId, who, b.market, b.period ?? 'full_time', b.selection, b.line ?? ''].join('|');
}

export function selectionText(entry) {
  const b = entry.bet;
  const who = b.scope === 'player' ? (b.player_name ?? `player ${b.player_id}`) : b.scope === 'match' ? '' : b.scope;
  const period = b.period && b.period !== 'full_time' ? ` (${b.period.replace('_', ' ')})` : '';
  return [who, b.market?.replaceAll('_', ' '), b.selection, b.line ?? ''].filter(Boolean).join(' ') + period;
}
