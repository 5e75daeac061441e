// The day's activity snapshot (bets, stake, P&L and flags per client and source) saved as a CSV file. Read with the
// token like every other read, so it is fetched and handed to the browser as a file rather than linked.
import { request } from './api.js';
import { el } from './dom.js';

export async function downloadActivity(day) {
  const response = await request(`/api/reports/activity?day=${day}&format=csv`);
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: `proppr-activity-${day}.csv`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
