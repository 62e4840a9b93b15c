import { afterEach } from 'vitest';

// async-validator (Element Plus forms) logs every failed rule to the console; the tests assert on the form instead.
(globalThis as { ASYNC_VALIDATOR_NO_WARNING?: number }).ASYNC_VALIDATOR_NO_WARNING = 1;

// Each test starts with no persisted locale and an empty document body (dialogs and dropdowns teleport there).
afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});
