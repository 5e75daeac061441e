// The side panels: P&L by source, runs on selections, fixtures in play, client screening.
import { el, money, percent, signed } from './dom.js';
import { selectionText } from './bets.js';

export function renderPnl(tbody, report) {
  const row = (name, f, tag = 'td') => el('tr', {},
    el(tag, {}, name), el(tag, { class: 'num' }, f.count), el(tag, { class: 'num' }, money(f.stake)),
    el(tag, { class: `num ${f.profit > 0 ? 'pos' : f.profit < 0 ? 'neg' : ''}` }, signed(f.profit)), el(tag, { class: 'num' }, percent(f.roi)));
  const rows = report.groups.map(group => row(group.key ?? '(none)', group.figures));
  if (rows.length === 0) rows.push(el('tr', {}, el('td', { colSpan: 5, class: 'muted' }, 'nothing settled')));
  tbody.replaceChildren(...rows);
  const table = tbody.parentElement;
  table.querySelector('tfoot')?.remove();
  if (report.groups.length > 1) table.append(el('tfoot', {}, row('total', report.total)));
}

export function renderRuns(list, found, fixtureNames) {
  list.replaceChildren(...(found.length === 0
    ? [el('li', { class: 'muted' }, 'no run')]
    : found.map(run => el('li', {},
        el('span', { class: 'badge risk-run' }, `${run.bets.length}×`), ' ',
        selectionText(run.sample), ' ',
        el('span', { class: 'muted' }, fixtureNames.get(run.sample.fixtureId) ?? run.sample.fixtureId)))));
}

export function renderFixtures(list, fixtures) {
  const inPlay = fixtures.filter(f => f.status === 'live' || f.status === 'half_time');
  list.replaceChildren(...(inPlay.length === 0
    ? [el('li', { class: 'muted' }, 'no fixture with open bets in play')]
    : inPlay.map(f => el('li', { 'data-fixture-id': f.fixture_id },
        `${f.home ?? '?'} `, el('span', { class: 'score' }, `${f.score.home}–${f.score.away}`), ` ${f.away ?? '?'} `,
        el('span', { class: 'minute' }, f.status === 'half_time' ? 'HT' : f.clock ?? ''),
        el('div', { class: 'muted' }, `${f.open_bets} open bet${f.open_bets === 1 ? '' : 's'}`,
          f.drops_against.length ? `, ${f.drops_against.length} with the price since cut` : ''),
        f.refreshed_at ? el('div', { class: 'muted refreshed' }, refreshedText(f)) : null))));
}

// When the fixture's facts last arrived, on the match-day clock, and why they were asked for.
function refreshedText(f) {
  const at = new Date(f.refreshed_at).toISOString().slice(11, 19);
  return `facts ${at} UTC, ${f.refreshed_because === 'odds' ? 'asked for by the odds' : 'scheduled'}`;
}

export function renderScreening(list, report) {
  const flagged = report.clients.filter(c => c.flags.length > 0);
  const items = flagged.map(client => el('li', { 'data-client': client.client },
    client.categories.map(c => el('span', { class: `badge risk-${c}` }, c.toUpperCase())), ' ',
    el('b', {}, client.client), el('span', { class: 'muted' }, ` · ${client.bets} bets`),
    client.flags.map(flag => el('details', {},
      el('summary', {}, flag.summary),
      flag.evidence.slice(0, 12).map(e => el('p', {}, e.detail)),
      flag.evidence.length > 12 ? el('p', {}, `… and ${flag.evidence.length - 12} more`) : null))));
  const quiet = report.clients.length - flagged.length;
  items.push(el('li', { class: 'muted' },
    `${quiet} client${quiet === 1 ? '' : 's'} without flags`, report.unattributed_bets ? `; ${report.unattributed_bets} bets name no client` : ''));
  list.replaceChildren(...items);
}
