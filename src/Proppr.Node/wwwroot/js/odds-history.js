// The odds of the fixture chosen in the filters: its price drops and value bets of the day shown, from the odds history
// (kept after the fixture is gone), and the size of its current team and player books. Reads only; refreshed every
// ten seconds and whenever the fixture or the day changes.
import { getJson } from './api.js';
import { el, replaceChildren } from './dom.js';

const $ = id => document.getElementById(id);
const refreshMs = 10000;
const shown = 50;

const fixtureSelect = $('f-fixture');
const dayInput = $('day');
const card = $('odds-history');
let generation = 0;

const outcome = row => [row.market, row.label, row.outcome, row.line ?? ''].filter(Boolean).join(' ');
const clock = iso => iso.slice(11, 19);

function dropItem(drop) {
  return el('li', { class: 'odds-drop' },
    el('span', { class: 'muted' }, clock(drop.at)), ` ${drop.bookmaker} ${outcome(drop)} `,
    el('b', {}, `${drop.old_price} → ${drop.new_price}`), ` −${Number(drop.drop_percent).toFixed(2)} %`);
}

function valueItem(value) {
  return el('li', { class: 'odds-value' },
    el('span', { class: 'muted' }, clock(value.found_at)), ` ${value.bookmaker} ${outcome(value)} `,
    el('b', {}, `${value.price}`), ` fair ${value.fair_price}, +${(Number(value.edge) * 100).toFixed(2)} %`);
}

async function bookLine(fixtureId) {
  try {
    const book = await getJson(`/api/fixtures/${fixtureId}/book`);
    return `book now: ${book.team.length} team prices, ${book.player.length} player prices`;
  } catch {
    return 'book now: none (the fixture is gone or has no prices)';
  }
}

async function refresh() {
  const run = ++generation;
  const fixtureId = fixtureSelect.value;
  card.hidden = !fixtureId;
  if (!fixtureId) return;
  const day = dayInput.value;
  const query = `day=${day}&fixture_id=${fixtureId}&limit=5000`;
  try {
    const [drops, values, book] = await Promise.all([
      getJson(`/api/odds/drops?${query}`), getJson(`/api/odds/value?${query}`), bookLine(fixtureId)]);
    if (run !== generation) return;
    $('odds-book').textContent = book;
    $('odds-drops-count').textContent = `${drops.items.length}${drops.next_after ? '+' : ''}`;
    $('odds-value-count').textContent = `${values.items.length}${values.next_after ? '+' : ''}`;
    replaceChildren($('odds-drops'), drops.items.slice(-shown).reverse().map(dropItem));
    replaceChildren($('odds-value'), values.items.slice(-shown).reverse().map(valueItem));
  } catch (error) {
    if (run === generation) $('odds-book').textContent = `odds history unavailable: ${error.message}`;
  }
}

fixtureSelect.addEventListener('change', refresh);
dayInput.addEventListener('change', refresh);
fixtureSelect.form.addEventListener('reset', () => setTimeout(refresh));
setInterval(refresh, refreshMs);
refresh();
