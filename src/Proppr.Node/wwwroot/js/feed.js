// The feed table and its filters.
import { el, money, percent, signed, statusText, time } from './dom.js';
import { selectionKey, selectionText } from './bets.js';
import { risks, riskTexts } from './risk.js';
import { categoryBadge, categoryText } from './desk.js';

const maxRows = 400;

const statuses = ['pending', 'won', 'half_won', 'lost', 'half_lost', 'refund', 'rejected'];

/** What a filter compares for one bet: the risk filter matches any of its badges. */
function valuesOf(field, entry, badges, category) {
  switch (field) {
    case 'fixture': return [String(entry.fixtureId)];
    case 'status': return [entry.status];
    case 'category': return [category?.category];
    case 'selection': return [selectionKey(entry)];
    case 'risk': return badges.map(badge => badge.kind);
    default: return [entry.bet[field]];
  }
}

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

  /** Fills each filter's choices (value and label) from the bets, keeping what is selected. */
  offer(bets, context, fixtureNames) {
    const distinct = values => [...new Set(values.filter(Boolean))].sort().map(value => [value, value]);
    const selections = new Map(bets.map(b => [selectionKey(b), `${selectionText(b)} · ${fixtureNames.get(b.fixtureId) ?? b.fixtureId}`]));
    const choices = {
      source: distinct(bets.map(b => b.bet.source)),
      client: distinct(bets.map(b => b.bet.client)),
      market: distinct(bets.map(b => b.bet.market)),
      fixture: distinct(bets.map(b => String(b.fixtureId))),
      status: statuses.map(status => [status, statusText(status)]),
      category: distinct(bets.map(b => context.desk.categoryOf(b.bet.client)?.category)).map(([name]) => [name, categoryText(name)]),
      selection: [...selections].sort((a, b) => a[1].localeCompare(b[1])),
      risk: Object.entries(riskTexts),
    };
    for (const select of this.selects) {
      const offered = choices[select.dataset.field];
      const wanted = select.value;
      const key = offered.flat().join('\u0000');
      if (key === select.dataset.choices) continue;
      select.dataset.choices = key;
      select.replaceChildren(el('option', { value: '' }, 'all'), ...offered.map(([value, label]) => el('option', { value }, label)));
      select.value = offered.some(([value]) => value === wanted) ? wanted : '';
    }
  }

  matches(entry, badges, category) {
    for (const select of this.selects) {
      if (select.value && !valuesOf(select.dataset.field, entry, badges, category).includes(select.value)) return false;
    }
    const minStake = Number(this.stake.value);
    if (this.stake.value !== '' && Number(entry.bet.stake) < minStake) return false;
    return !this.riskOnly.checked || badges.length > 0 || category?.colour === 'red';
  }

  render(bets, context, fixtureNames) {
    const rows = [];
    let shown = 0;
    for (const entry of bets) {
      const badges = risks(entry, context);
      const category = context.desk.categoryOf(entry.bet.client);
      if (!this.matches(entry, badges, category)) continue;
      shown++;
      if (rows.length < maxRows) rows.push(this.row(entry, badges, category, fixtureNames));
      entry.fresh = false;
    }
    this.body.replaceChildren(...rows);
    this.empty.hidden = shown > 0;
    this.empty.textContent = bets.length === 0 ? 'No bets for this day yet.' : 'No bet matches the filters.';
    return { shown, total: bets.length, capped: shown > maxRows ? maxRows : null };
  }

  row(entry, badges, category, fixtureNames) {
    const b = entry.bet;
    const pnlClass = entry.profitLoss > 0 ? 'num pos' : entry.profitLoss < 0 ? 'num neg' : 'num';
    const classes = [`status-${entry.status}`, badges.length ? 'risky-row' : '', category ? `category-${category.colour}` : '', entry.fresh ? 'fresh' : '']
      .filter(Boolean).join(' ');
    return el('tr', { class: classes, 'data-bet-id': entry.id, 'data-status': entry.status, 'data-category': category?.category },
      el('td', { class: 'muted' }, time(entry.placedAt)),
      el('td', {}, entry.id),
      el('td', { class: 'client', 'data-client': b.client }, b.client ?? ''),
      el('td', {}, b.source ?? ''),
      el('td', { title: String(entry.fixtureId) }, fixtureNames.get(entry.fixtureId) ?? entry.fixtureId),
      el('td', {}, selectionText(entry)),
      el('td', { class: 'num' }, b.odds),
      el('td', { class: 'num' }, money(b.stake)),
      el('td', {}, el('span', { class: `chip status-${entry.status}` }, statusText(entry.status))),
      el('td', { class: pnlClass }, entry.status === 'pending' ? '' : signed(entry.profitLoss)),
      el('td', { class: 'num clv' }, entry.clv == null ? '' : `${entry.clv > 0 ? '+' : ''}${percent(entry.clv)}`),
      el('td', {}, category ? categoryBadge(category) : null, badges.map(r => el('span', { class: `badge risk-${r.kind}`, title: r.title }, r.text))));
  }
}
