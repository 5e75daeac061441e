// Inputs whose value this browser keeps (localStorage) from one visit to the next.

/** Gives <input> the value kept under <key>, if any, and keeps every new one. */
export function remember(input, key) {
  const kept = localStorage.getItem(key);
  if (kept !== null) input.value = kept;
  input.addEventListener('input', () => localStorage.setItem(key, input.value));
}
