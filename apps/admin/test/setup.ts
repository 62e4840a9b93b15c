import { afterEach } from 'vitest';

// async-validator (Element Plus forms) logs every failed rule to the console; the tests assert on the form instead.
(globalThis as { ASYNC_VALIDATOR_NO_WARNING?: number }).ASYNC_VALIDATOR_NO_WARNING = 1;

// The UI lib registers Element Plus components one by one; a template using one it forgot
// renders nothing in production. Vue only warns, so a test that renders such a template fails here.
const unresolved: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const first = String(args[0] ?? '');
  if (first.includes('Failed to resolve component')) unresolved.push(first.split('\n')[0]!);
  warn(...args);
};

afterEach(() => {
  // Each test starts with no persisted locale and an empty document body (dialogs and dropdowns teleport there).
  localStorage.clear();
  document.body.innerHTML = '';
  if (unresolved.length > 0) {
    const found = [...new Set(unresolved.splice(0))];
    throw new Error(`Components used but not registered in libs/admin/ui/src/install.ts: ${found.join('; ')}`);
  }
});
