import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';
import { createTestContext, type TestContextOptions } from '@dsg/admin-data-access/testing';
import { installUi } from '@dsg/admin-ui';
import { reportingLocales } from '../locales';
import { reportingRoutes } from '../routes';

/**
 * Mounts a component of this feature as the app would run it: real i18n messages, Element Plus,
 * Pinia stores with a restored session and access control; only `fetch` is faked (the gateway).
 * The feature's routes are registered, so links by route name resolve; `path` is where it starts.
 */
export async function mountFeature(component: Component, options: TestContextOptions & { props?: Record<string, unknown>; path?: string } = {}) {
  const context = await createTestContext({ namespaces: [reportingLocales], ...options });
  const routes = [...reportingRoutes, { path: '/:any(.*)*', component: { render: () => null } }];
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(options.path ?? '/blank');
  const wrapper = mount(component, {
    attachTo: document.body,
    // Tests pass loosely typed props; the component's own runtime checks still apply.
    props: options.props as never,
    global: {
      plugins: [...context.plugins, router, { install: installUi }],
      // Element Plus shows form errors and dialogs through transitions; keep them real.
      stubs: { transition: false, 'transition-group': false },
    },
  });
  return { wrapper, router, ...context };
}

/**
 * Mounts a page of this feature the way the shell shows it: inside a <router-view>, at `path`
 * (route params become props, and the page's navigation guards are active).
 */
export async function mountPage(path: string, options: TestContextOptions = {}) {
  const mounted = await mountFeature(RouterView, { ...options, path });
  await mounted.router.isReady();
  return mounted;
}

/** Finds an element anywhere in the document (dialogs and drawers teleport to <body>). */
export function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.querySelector<T>(`[data-testid="${id}"]`);
}

export function allByTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T[] {
  return Array.from(root.querySelectorAll<T>(`[data-testid="${id}"]`));
}

/** Trimmed texts of every element with the test id, in document order. */
export function texts(id: string, root: ParentNode = document): string[] {
  return allByTestId(id, root).map((node) => node.textContent?.trim() ?? '');
}

/** Types into an input the way a user does, so v-model and validation see it. */
export function typeInto(id: string, value: string): void {
  const input = byTestId<HTMLInputElement | HTMLTextAreaElement>(id);
  if (!input) throw new Error(`no element with data-testid="${id}"`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The error message shown under the form item that contains the given control. */
export function fieldError(id: string): string | undefined {
  const item = byTestId(id)?.closest('.el-form-item');
  return item?.querySelector('.el-form-item__error')?.textContent?.trim();
}

/** The newest message box (closed ones may linger in the DOM while they fade out). */
export function messageBox(): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>('.el-message-box')).at(-1);
}

/** The texts of the toasts (ElMessage) shown so far. */
export function toasts(): string[] {
  return Array.from(document.querySelectorAll('.el-message__content')).map((node) => node.textContent?.trim() ?? '');
}
