import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authLocales } from '@dsg/admin-auth';
import { CORE_NAMESPACE, type AppLocale, type LocaleNamespace, type MessageTree } from '@dsg/admin-i18n';
import { organisationsLocales } from '@dsg/admin-organisations';

/** The workspace root, found upwards from wherever Vitest was started (import.meta.url is not a file URL under happy-dom). */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'apps/admin/vitest.config.ts'))) {
    if (dirname(dir) === dir) throw new Error(`no workspace root above ${start}`);
    dir = dirname(dir);
  }
  return dir;
}
const repoRoot = findRepoRoot(process.cwd());
const SOURCE_ROOTS = ['apps/admin/src', 'libs/admin'];
const NAMESPACES: LocaleNamespace[] = [CORE_NAMESPACE, authLocales, organisationsLocales];
// Literal keys in t('…'), meta titles and the fallback-key table; keys built at runtime (enums) are covered by the typed enums.
const KEY_PATTERNS = [/\bt\(\s*'([a-zA-Z][\w.]*)'/g, /\btitle:\s*'([a-z][\w]*\.[\w.]+)'/g, /:\s*'(errors\.[a-zA-Z]+)'/g];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'generated'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

async function messagesFor(locale: AppLocale): Promise<MessageTree> {
  const tree: MessageTree = {};
  for (const namespace of NAMESPACES) {
    const { default: messages } = await namespace.loaders[locale]();
    Object.assign(tree, namespace === CORE_NAMESPACE ? messages : { [namespace.name]: messages });
  }
  return tree;
}

function lookup(tree: MessageTree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as MessageTree)[part] : undefined), tree);
}

describe('i18n keys', () => {
  const used = new Map<string, string>();
  for (const file of SOURCE_ROOTS.flatMap((root) => sourceFiles(join(repoRoot, root)))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of KEY_PATTERNS) {
      for (const match of text.matchAll(pattern)) used.set(match[1]!, relative(repoRoot, file));
    }
  }

  it('finds the keys used in the sources', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it.each(['zh-CN', 'en'] as const)('has a %s message for every key used in the sources', async (locale) => {
    const messages = await messagesFor(locale);
    const missing = [...used].filter(([key]) => typeof lookup(messages, key) !== 'string').map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
