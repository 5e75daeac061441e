// The bet monitor: loads the chosen day, follows /api/stream while that day is the followed one (today, or the day the
// address names, /?day=YYYY-MM-DD, as the demo prints it), polls the fixtures in play, and refreshes the P&L and the
// client screening as bets settle, and keeps the desk's client categories as every node's writes change them.
import { getJson, token } from './api.js';
import { readEvents } from './sse.js';
import { BetBook } from './bets.js';
import { Feed } from './feed.js';
import { largeStake, runs } from './risk.js';
import { renderFixtures, renderPnl, renderRuns, renderScreening } from './panels.js';
import { addDays, utcDay } from './dom.js';
import { ClientDesk } from './desk.js';
import { downloadActivity } from './activity.js';
import { remember } from './remembered.js';

const $ = id => document.getElementById(id);
const daysBrowsable = 30;
const fixturePollMs = 5000;
const screeningPollMs = 60000;

// The day named by the address, when it is a day the picker offers; otherwise the page follows today.
function addressDay() {
  const day = new URLSearchParams(location.search).get('day');
  const today = utcDay(new Date());
  return /^\d{4}-\d{2}-\d{2}$/.test(day ?? '') && day <= today && day >= addDays(today, 1 - daysBrowsable) ? day : null;
}
const namedDay = addressDay();
const followedDay = () => namedDay ?? utcDay(new Date());

const book = new BetBook();
const feed = new Feed($('filters'), $('feed'), $('feed-empty'));
const desk = new ClientDesk($('desk-form'), $('desk-list'), $('desk-message'), render);
const state = {
  day: followedDay(),
  generation: 0,
  loaded: false,
  buffered: [],
  drops: new Map(),
  categories: new Map(),
  fixtureNames: new Map(),
  streamAbort: null,
};

const isFollowed = () => state.day === followedDay();
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// Waits of the retrying loops (stream, fixtures), cut short when a new token is given.
const wakers = new Set();
function pause(ms) {
  return new Promise(resolve => {
    const done = () => {
      wakers.delete(done);
      resolve();
    };
    wakers.add(done);
    setTimeout(done, ms);
  });
}

// One notice per kind of read (bets, reports, fixtures), so one read's success clears only its own complaint.
const notices = new Map();
function notice(kind, message) {
  if (message) notices.set(kind, message);
  else notices.delete(kind);
  const text = [...new Set(notices.values())].join(' ');
  $('notice').hidden = !text;
  $('notice').textContent = text;
}

function explain(error) {
  return error.status === 401 || error.status === 403
    ? `${error.message}. This node protects its reads: enter the API token at the top right.`
    : `The node did not answer: ${error.message}`;
}

function setConnection(kind, text) {
  $('connection').dataset.state = kind;
  $('connection').textContent = text;
}

// ---- drawing (once per frame, however many events arrive) ----

let frame = 0;
function render() {
  if (!frame) frame = requestAnimationFrame(draw);
}

function draw() {
  frame = 0;
  const bets = book.list();
  const found = runs(bets, Math.max(2, Number($('runs-x').value) || 2), Math.max(2, Number($('runs-n').value) || 2));
  const runBets = new Set(found.flatMap(run => run.bets.map(entry => entry.id)));
  for (const entry of bets) {
    if (entry.bet.home_team && entry.bet.away_team && !state.fixtureNames.has(entry.fixtureId)) {
      state.fixtureNames.set(entry.fixtureId, `${entry.bet.home_team} v ${entry.bet.away_team}`);
    }
  }
  const context = { largeStake: largeStake(bets), drops: state.drops, runBets, categories: state.categories, desk };
  feed.offer(bets, context, state.fixtureNames);
  desk.offer(bets.map(entry => entry.bet.client));
  const shown = feed.render(bets, context, state.fixtureNames);
  renderRuns($('runs'), found, state.fixtureNames);
  $('counts').textContent = `${shown.shown} of ${shown.total} bets` + (shown.capped ? ` (newest ${shown.capped} listed)` : '');
}

// ---- the day ----

async function loadDay() {
  const generation = ++state.generation;
  const day = state.day;
  state.loaded = false;
  try {
    const list = await getJson(`/api/bets?day=${day}`);
    if (generation !== state.generation) return;
    book.clear();
    list.bets.forEach(row => book.load(row));
    state.loaded = true;
    state.buffered.splice(0).forEach(([type, data]) => apply(type, data));
    notice('bets', null);
  } catch (error) {
    if (generation === state.generation) notice('bets', explain(error));
  }
  render();
  refreshReports();
}

function apply(type, data) {
  if (!isFollowed()) return;
  if (!state.loaded) {
    state.buffered.push([type, data]);
    return;
  }
  const changed = type === 'bet_tracked' ? book.tracked(data, state.day) : book.settled(data);
  if (!changed) return;
  render();
  refreshReportsSoon();
  if (type !== 'bet_tracked') closingLinesSoon(data.fixture_id);
}

// ---- reports and fixtures ----

async function refreshReports() {
  const day = state.day;
  $('pnl-day').textContent = day;
  try {
    const [pnl, screening] = await Promise.all([
      getJson(`/api/reports/pnl?from=${day}&to=${addDays(day, 1)}&by=source`),
      getJson(`/api/reports/screening?day=${day}`),
    ]);
    if (day !== state.day) return;
    renderPnl($('pnl').tBodies[0], pnl);
    renderScreening($('screening'), screening);
    state.categories = new Map(screening.clients.map(client => [client.client, client.categories]));
    notice('reports', null);
    render();
  } catch (error) {
    notice('reports', explain(error));
  }
}

// New bets and settlements change the P&L and the screening; at most one refresh every two seconds however busy.
let reportTimer = 0;
function refreshReportsSoon() {
  if (reportTimer) return;
  reportTimer = setTimeout(() => {
    reportTimer = 0;
    refreshReports();
  }, 2000);
}

// A settled bet's closing-line value is read from its fixture's bets: one read per fixture every two seconds at most.
const fixturesSettling = new Set();
let closingTimer = 0;
function closingLinesSoon(fixtureId) {
  fixturesSettling.add(fixtureId);
  if (closingTimer) return;
  closingTimer = setTimeout(async () => {
    closingTimer = 0;
    const day = state.day;
    const fixtures = [...fixturesSettling];
    fixturesSettling.clear();
    try {
      const lists = await Promise.all(fixtures.map(id => getJson(`/api/bets?day=${day}&fixture_id=${id}`)));
      if (day === state.day && lists.map(list => book.closingLines(list.bets)).includes(true)) render();
    } catch (error) {
      notice('bets', explain(error));
    }
  }, 2000);
}

async function pollFixtures() {
  for (;;) {
    try {
      const { fixtures } = await getJson('/api/fixtures');
      state.drops = new Map(fixtures.flatMap(f => f.drops_against.map(drop => [drop.bet_id, drop])));
      for (const f of fixtures) {
        if (f.home && f.away) state.fixtureNames.set(f.fixture_id, `${f.home} v ${f.away}`);
      }
      renderFixtures($('fixtures'), fixtures);
      notice('fixtures', null);
      render();
    } catch (error) {
      notice('fixtures', explain(error));
    }
    await pause(fixturePollMs);
  }
}

async function pollScreening() {
  for (;;) {
    await sleep(screeningPollMs);
    if (isFollowed()) refreshReports();
  }
}

// ---- client categories ----

async function refreshDesk() {
  try {
    await desk.load();
    notice('desk', null);
  } catch (error) {
    notice('desk', explain(error));
  }
}

// ---- the live stream ----

async function follow() {
  for (;;) {
    const abort = new AbortController();
    state.streamAbort = abort;
    setConnection('idle', 'connecting…');
    try {
      await readEvents('/api/stream', (type, data) => {
        if (type === 'subscribed') {
          setConnection(isFollowed() ? 'live' : 'past', isFollowed() ? 'live' : 'live (viewing a past day)');
          if (isFollowed()) loadDay();
          refreshDesk();
        } else if (type === 'client_category') {
          refreshDesk();
        } else if (type.startsWith('bet_')) {
          apply(type, JSON.parse(data));
        }
      }, abort.signal);
      setConnection('error', 'stream ended, reconnecting');
    } catch (error) {
      if (abort.signal.aborted) continue;
      setConnection('error', error.status === 401 ? 'token needed' : 'disconnected, retrying');
      if (!state.loaded) loadDay();
    }
    await pause(3000);
  }
}

// ---- controls ----

function setUpDayPicker() {
  const picker = $('day');
  const today = utcDay(new Date());
  picker.max = today;
  picker.min = addDays(today, 1 - daysBrowsable);
  picker.value = state.day;
  picker.addEventListener('change', () => {
    if (!picker.value || picker.value < picker.min || picker.value > picker.max) {
      picker.value = state.day;
      return;
    }
    state.day = picker.value;
    state.buffered = [];
    book.clear();
    render();
    if (!isFollowed()) setConnection('past', 'viewing a past day');
    loadDay();
  });
}

function setUpToken() {
  const field = $('token');
  field.value = token.get();
  field.addEventListener('change', () => {
    token.set(field.value.trim());
    state.streamAbort?.abort();
    [...wakers].forEach(wake => wake());
    loadDay();
  });
}

function setUpDesk() {
  $('feed').addEventListener('click', event => {
    const client = event.target.closest('td.client')?.dataset.client;
    if (client) desk.pick(client);
  });
  $('activity-csv').addEventListener('click', () =>
    downloadActivity(state.day).then(() => notice('activity', null), error => notice('activity', explain(error))));
}

setUpDayPicker();
setUpToken();
setUpDesk();
feed.watch(render);
remember($('runs-x'), 'proppr.runs.x');
remember($('runs-n'), 'proppr.runs.n');
$('runs-form').addEventListener('input', render);
$('runs-form').addEventListener('submit', event => event.preventDefault());
follow();
pollFixtures();
pollScreening();
