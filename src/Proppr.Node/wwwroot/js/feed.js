// The feed table and its filters.
import { el, money, percent, signed, statusText, time } from './dom.js';
import { selectionText } from './bets.js';
import { risks } from './risk.js';

const maxRows = 400;

const statuses = ['pending', 'won', 'half_won', 'lost', 'half_lost', 'refund', 'rejected'];

export class Feed {
  constructor(form, table, empty) {
    this.form = form;
    this.body = table.tBodies[0];
    this.empty = empty;
    this.selects = [...form.querySelectorAll('select[data-field]')];
    this.stake = form.querySelector('#f-stake');
    this.riskOnly = form.querySelector('#f-risk');
  }

  /** Calls <onChange> whenever a filter changes. */
  watch(onChange) {
    this.form.addEventListener('input', onChange);
    this.form.addEventListener('reset', () => setTimeout(onChange));
    this.form.addEventListener('submit', event => event.preventDefault());
  }

  /** Fills each filter's choices from the bets, keeping what is selected. */
  offer(bets) {
    const values = {
      source: bets.map(b => b.bet.source),
      client: bets.map(b => b.bet.client),
      market: bets.map(b => b.bet.market),
      fixture: bets.map(b => String(b.fixtureId)),
      status: statuses,
    };
    for (const select of this.selects) {
      const field = select.dataset.field;
      const wanted = select.value;
      const choices = field === 'status' ? statuses : [...new Set(values[field].filter(Boolean))].sort();
      if (choices.join('\u0000') === select.dataset.choices) continue;
      select.dataset.choices = choices.join('\u0000');
      select.replaceChildren(el('option', { value: '' }, 'all'), ...choices.map(c => el('option', { value: c }, field === 'status' ? statusText(c) : c)));
      select.value = choices.includes(wanted) ? wanted : '';
    }
  }

  matches(entry, badges) {
    for (const select of this.selects) {
      if (!select.value) continue;
      const field = select.dataset.field;
      const value = field === 'fixture' ? String(entry.fixtureId) : field === 'status' ? entry.status : entry.bet[field];
      if (value !== select.value) return false;
    }
    const minStake = Number(this.stake.value);
    if (this.stake.value !== '' && Number(entry.bet.stake) < minStake) return false;
    return !this.riskOnly.checked || badges.length > 0;
  }

  render(bets, context, fixtureNames) {
    const rows = [];
    let shown = 0;
    for (const entry of bets) {
      const badges = risks(entry, context);
      if (!this.matches(entry, badges)) continue;
      shown++;
      if (rows.length < maxRows) rows.push(this.row(entry, badges, fixtureNames));
      entry.fresh = false;
    }
    this.body.replaceChildren(...rows);
    this.empty.hidden = shown > 0;
    this.empty.textContent = bets.length === 0 ? 'No bets for this day yet.' : 'No bet matches the filters.';
    return { shown, total: bets.length, capped: shown > maxRows ? maxRows : null };
  }

  row(entry, badges, fixtureNames) {
    const b = entry.bet;
    const pnlClass = entry.profitLoss > 0 ? 'num pos' : entry.profitLoss < 0 ? 'num neg' : 'num';
    const classes = [`status-${entry.status}`, badges.length ? 'risky-row' : '', entry.fresh ? 'fresh' : ''].filter(Boolean).join(' ');
    return el('tr', { class: classes, 'data-bet-id': entry.id, 'data-status': entry.status },
      el('td', { class: 'muted' }, time(entry.placedAt)),
      el('td', {}, entry.id),
      el('td', {}, b.client ?? ''),
      el('td', {}, b.source ?? ''),
      el('td', { title: String(entry.fixtureId) }, fixtureNames.get(entry.fixtureId) ?? entry.fixtureId),
      el('td', {}, selectionText(entry)),
      el('td', { class: 'num' }, b.odds),
      el('td', { class: 'num' }, money(b.stake)),
      el('td', {}, el('span', { class: `chip status-${entry.status}` }, statusText(entry.status))),
      el('td', { class: pnlClass }, entry.status === 'pending' ? '' : signed(entry.profitLoss)),
      el('td', { class: 'num clv' }, entry.clv == null ? '' : `${entry.clv > 0 ? '+' : ''}${percent(entry.clv)}`),
      el('td', {}, badges.map(r => el('span', { class: `badge risk-${r.kind}`, title: r.title }, r.text))));
  }
}
