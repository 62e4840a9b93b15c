import { afterEach } from 'vitest';

// Each test starts with no persisted locale and an empty document body (dialogs and dropdowns teleport there).
afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});
