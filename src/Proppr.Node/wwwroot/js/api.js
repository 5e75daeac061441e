// Calls to the node's API, with the bearer token when one is set (kept in this browser's localStorage).
const tokenKey = 'proppr.token';

export const token = {
  get: () => localStorage.getItem(tokenKey) ?? '',
  set: value => (value ? localStorage.setItem(tokenKey, value) : localStorage.removeItem(tokenKey)),
};

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function authHeaders() {
  const value = token.get();
  return value ? { Authorization: `Bearer ${value}` } : {};
}

/** The response to a call, or an ApiError with the node's sentence when it refused. */
export async function request(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { ...authHeaders(), ...options.headers } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, body?.error ?? `HTTP ${response.status} on ${path}`);
  }
  return response;
}

export async function getJson(path) {
  return (await request(path)).json();
}

/** A write (PUT, DELETE, ...) with an optional JSON body; answers the node's JSON answer. */
export async function send(method, path, body) {
  const json = body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return (await request(path, { method, ...json })).json();
}
