// The desk's client categories, as BetMonitor had them (watchlist and risk red, new registration purple, good client
// green, and the desk's own blue): read from /api/clients/categories, set and taken away from the card, and read
// again whenever the stream says one changed on any node. Writes need the API token.
import { getJson, send } from './api.js';
import { el } from './dom.js';

const path = '/api/clients/categories';

export const categoryText = name => name.replaceAll('_', ' ').toUpperCase();

/** The badge of a client's category (an entry of GET /api/clients/categories). */
export const categoryBadge = entry => el('span',
  { class: `badge category category-${entry.colour}`, 'data-category': entry.category, title: entry.note ? `${entry.category}: ${entry.note}` : entry.category },
  categoryText(entry.category));

export class ClientDesk {
  /** <onChange> is called after every read, to draw the feed again. */
  constructor(form, list, message, onChange) {
    this.form = form;
    this.list = list;
    this.message = message;
    this.onChange = onChange;
    this.byClient = new Map();
    this.clients = form.querySelector('#desk-clients');
    this.names = form.querySelector('#desk-categories');
    form.addEventListener('submit', event => {
      event.preventDefault();
      this.write('PUT', path, { client: this.field('client'), category: this.field('category'), note: this.field('note') });
    });
    form.querySelector('#desk-remove').addEventListener('click', () => this.remove(this.field('client')));
  }

  field(name) {
    return this.form.querySelector(`#desk-${name}`).value.trim();
  }

  /** The client's category entry, if a desk put it in one. */
  categoryOf(client) {
    return client ? this.byClient.get(client) : undefined;
  }

  /** Starts the form on a client (a click on a client in the feed). */
  pick(client) {
    this.form.querySelector('#desk-client').value = client;
    this.form.querySelector('#desk-category').value = this.categoryOf(client)?.category ?? '';
    this.form.querySelector('#desk-note').value = this.categoryOf(client)?.note ?? '';
  }

  async load() {
    const answer = await getJson(path);
    this.byClient = new Map(answer.clients.map(entry => [entry.client, entry]));
    this.names.replaceChildren(...answer.categories.map(c => el('option', { value: c.name })));
    this.renderList();
    this.onChange();
  }

  /** The day's clients as the form's suggestions. */
  offer(clients) {
    const known = [...new Set(clients.filter(Boolean))].sort();
    if (known.join('\u0000') === this.clients.dataset.known) return;
    this.clients.dataset.known = known.join('\u0000');
    this.clients.replaceChildren(...known.map(client => el('option', { value: client })));
  }

  remove(client) {
    return this.write('DELETE', `${path}?client=${encodeURIComponent(client)}`);
  }

  async write(method, target, body) {
    try {
      const entry = await send(method, target, body);
      this.say(entry.category ? `${entry.client} is now ${entry.category.replaceAll('_', ' ')}` : `${entry.client} is in no category`);
      await this.load();
    } catch (error) {
      this.say(error.status === 401 || error.status === 403 ? `${error.message}: enter the API token at the top right` : error.message, true);
    }
  }

  say(text, failed = false) {
    this.message.hidden = false;
    this.message.textContent = text;
    this.message.classList.toggle('neg', failed);
  }

  renderList() {
    const entries = [...this.byClient.values()];
    this.list.replaceChildren(...(entries.length === 0
      ? [el('li', { class: 'muted' }, 'no client in a category')]
      : entries.map(entry => el('li', { 'data-client': entry.client },
          categoryBadge(entry), ' ', el('b', {}, entry.client),
          entry.note ? el('span', { class: 'muted' }, ` · ${entry.note}`) : null, ' ',
          el('button', { type: 'button', class: 'link', title: `take ${entry.client} out of ${entry.category}`, onclick: () => this.remove(entry.client) }, '×')))));
  }
}
