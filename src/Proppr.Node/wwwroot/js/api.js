// Reads from the node's API, with the bearer token when one is set (kept in this browser's localStorage).
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

export async function getJson(path) {
  const response = await fetch(path, { headers: authHeaders() });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body?.error ?? `HTTP ${response.status} on ${path}`);
  }
  return body;
}
