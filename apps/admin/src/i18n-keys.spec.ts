import { describe, expect, it } from 'vitest';
import { authLocales } from '@dsg/admin-auth';
import { CORE_NAMESPACE, type AppLocale, type LocaleNamespace, type MessageTree } from '@dsg/admin-i18n';
import { organisationsLocales } from '@dsg/admin-organisations';
import { reportingLocales } from '@dsg/admin-reporting';
import { taskBookLocales } from '@dsg/admin-task-book';

// Every admin source file as text; the glob is resolved by Vite from the repo root (Vitest's root).
const SOURCES = import.meta.glob<string>(
  ['/apps/admin/src/**/*.{ts,vue}', '/libs/admin/*/src/**/*.{ts,vue}', '!**/*.spec.ts', '!**/generated/**', '!**/testing/**'],
  { query: '?raw', import: 'default', eager: true },
);
const NAMESPACES: LocaleNamespace[] = [CORE_NAMESPACE, authLocales, organisationsLocales, taskBookLocales, reportingLocales];
// Literal keys in t('…'), route meta titles and the fallback-key table of API errors. Keys built at
// runtime (`enums.role.${role}`) follow generated union types and are exercised by the component tests.
const KEY_PATTERNS = [/\bt\(\s*'([a-zA-Z][\w.]*)'/g, /\btitle:\s*'([a-z]\w*\.[\w.]+)'/g, /:\s*'(errors\.[a-zA-Z]+)'/g];

async function messagesFor(locale: AppLocale): Promise<MessageTree> {
  const tree: MessageTree = {};
  for (const namespace of NAMESPACES) {
    const { default: messages } = await namespace.loaders[locale]();
    Object.assign(tree, namespace === CORE_NAMESPACE ? messages : { [namespace.name]: messages });
  }
  return tree;
}

function lookup(tree: MessageTree, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as MessageTree)[part] : undefined), tree);
}

describe('i18n keys', () => {
  const used = new Map<string, string>();
  for (const [file, text] of Object.entries(SOURCES)) {
    for (const pattern of KEY_PATTERNS) {
      for (const match of text.matchAll(pattern)) used.set(match[1]!, file);
    }
  }

  it('finds the keys used in the sources', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(used.size).toBeGreaterThan(100);
  });

  it.each(['zh-CN', 'en'] as const)('has a %s message for every key used in the sources', async (locale) => {
    const messages = await messagesFor(locale);
    const missing = [...used].filter(([key]) => typeof lookup(messages, key) !== 'string').map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
