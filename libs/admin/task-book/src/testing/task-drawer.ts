import { flushPromises } from '@vue/test-utils';
import { byTestId } from './mount-feature';

// The task drawer's tabs as a user sees them (each tab title carries `task-drawer-tab-<name>`).

export type DrawerTab = 'plan' | 'indicators' | 'milestones' | 'funds' | 'evidence' | 'history';

/** Clicks a tab of the open task drawer; panes other than the first render when first opened. */
export async function openDrawerTab(tab: DrawerTab): Promise<void> {
  const title = byTestId(`task-drawer-tab-${tab}`);
  if (!title) throw new Error(`the task drawer has no "${tab}" tab`);
  title.click();
  await flushPromises();
  await flushPromises();
}

/** The tab titles of the task drawer, in order. */
export function drawerTabTitles(): string[] {
  return Array.from(document.querySelectorAll('[data-testid="task-drawer-tabs"] .el-tabs__item')).map((item) => item.textContent?.trim() ?? '');
}

/** The tab shown, by name. */
export function activeDrawerTab(): string | undefined {
  return document.querySelector('[data-testid="task-drawer-tabs"] .el-tabs__item.is-active [data-testid^="task-drawer-tab-"]')?.getAttribute('data-testid')?.slice('task-drawer-tab-'.length);
}
