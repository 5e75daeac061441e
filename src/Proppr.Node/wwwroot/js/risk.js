// Why a bet deserves a look: a large stake, the market moving against it, a run on its selection, its client's screening.
import { selectionKey } from './bets.js';

/** Every kind of risk badge and its text; the screening's categories (sharp, risky) are kinds too. */
export const riskTexts = { stake: 'BIG', drop: 'DROP', run: 'RUN', sharp: 'SHARP', risky: 'RISKY' };

/** Selections that took at least <atLeast> of the last <last> bets, most taken first. */
export function runs(bets, atLeast, last) {
  const counts = new Map();
  for (const entry of bets.slice(0, last)) {
    const key = selectionKey(entry);
    const run = counts.get(key) ?? { key, sample: entry, bets: [] };
    run.bets.push(entry);
    counts.set(key, run);
  }
  return [...counts.values()].filter(run => run.bets.length >= atLeast).sort((a, b) => b.bets.length - a.bets.length);
}

/** The stake from which a bet counts as large: three times the day's median stake. */
export function largeStake(bets) {
  const stakes = bets.map(entry => Number(entry.bet.stake)).filter(Number.isFinite).sort((a, b) => a - b);
  if (stakes.length < 3) return Infinity;
  const middle = Math.floor(stakes.length / 2);
  const median = stakes.length % 2 ? stakes[middle] : (stakes[middle - 1] + stakes[middle]) / 2;
  return 3 * median;
}

/** The risk badges of one bet. */
export function risks(entry, context) {
  const found = [];
  if (Number(entry.bet.stake) >= context.largeStake) found.push({ kind: 'stake', text: riskTexts.stake, title: `stake ≥ ${context.largeStake}` });
  const drop = context.drops.get(entry.id);
  if (drop) found.push({ kind: 'drop', text: riskTexts.drop, title: `${drop.bookmaker} now ${drop.price} (−${drop.percent} % from the bet's ${drop.bet_odds})` });
  if (context.runBets.has(entry.id)) found.push({ kind: 'run', text: riskTexts.run, title: 'its selection is on a run' });
  for (const category of context.categories.get(entry.bet.client) ?? []) {
    found.push({ kind: category, text: riskTexts[category] ?? category.toUpperCase(), title: `client screened ${category}` });
  }
  return found;
}
