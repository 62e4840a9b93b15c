import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createTestContext, type TestContextOptions } from '@dsg/admin-data-access/testing';
import { installUi } from '@dsg/admin-ui';
import { taskBookLocales } from '../locales';
import * as featureRoutes from '../routes';
import { mockHttp, type HttpHandler } from './mock-http';

/**
 * Mounts a component of this feature as the app would run it: real i18n messages, Element Plus,
 * Pinia stores with a restored session and access control; only the network is faked (`fetch`
 * for GraphQL and downloads, `XMLHttpRequest` for uploads; `http` answers "METHOD /path").
 */
export async function mountFeature(
  component: Component,
  options: TestContextOptions & { props?: Record<string, unknown>; http?: Record<string, HttpHandler | HttpHandler[]> } = {},
) {
  const context = await createTestContext({ namespaces: [taskBookLocales], ...options });
  const http = mockHttp(options.http ?? {}, context.gateway.fetch);
  // The feature's own routes, so links by route name resolve.
  const routes = [...Object.values(featureRoutes).flat(), { path: '/:any(.*)*', component: { render: () => null } }];
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/blank');
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
  return { wrapper, router, http, ...context };
}

/** Finds an element anywhere in the document (dialogs and dropdowns teleport to <body>). */
export function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
  return document.querySelector<T>(`[data-testid="${id}"]`);
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
