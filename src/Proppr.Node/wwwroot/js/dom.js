// Small DOM and formatting helpers. Text always goes in as text (bet fields come from outside).

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('data-')) node.setAttribute(name, value);
    else node[name] = value;
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function replaceChildren(parent, children) {
  parent.replaceChildren(...children);
}

export const money = value => (value === null || value === undefined ? '' : Number(value).toFixed(2));

export const signed = value => `${value > 0 ? '+' : ''}${money(value)}`;

export const percent = value => (value === null || value === undefined ? '–' : `${(Number(value) * 100).toFixed(1)} %`);

export const time = date => date.toISOString().slice(11, 19);

export const statusText = status => status.replace('_', ' ');

/** The UTC day of a date, YYYY-MM-DD. */
export const utcDay = date => date.toISOString().slice(0, 10);

export function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}
