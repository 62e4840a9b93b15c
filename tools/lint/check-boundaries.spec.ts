import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBoundaries, formatViolation } from './check-boundaries.mjs';

interface ProjectSpec {
  name: string;
  tags?: string[];
  files?: Record<string, string>;
}

const workspaces: string[] = [];

/** A throw-away workspace in the OS temp dir: project root (e.g. 'libs/server/core') → project. */
function workspace(projects: Record<string, ProjectSpec>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dsg-boundaries-'));
  workspaces.push(root);
  for (const [projectRoot, spec] of Object.entries(projects)) {
    const dir = path.join(root, projectRoot);
    fs.mkdirSync(dir, { recursive: true });
    const pkg = { name: spec.name, version: '0.0.0', ...(spec.tags ? { nx: { tags: spec.tags } } : {}) };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    for (const [file, text] of Object.entries(spec.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  }
  return root;
}

afterAll(() => {
  for (const root of workspaces) fs.rmSync(root, { recursive: true, force: true });
});

const serverUtil = { name: '@t/contracts', tags: ['scope:shared', 'type:util'], files: { 'src/index.ts': 'export const x = 1;\n' } };

describe('checkBoundaries', () => {
  it('reports a feature importing another feature', () => {
    const root = workspace({
      'libs/shared/contracts': serverUtil,
      'libs/server/identity': {
        name: '@t/server-identity',
        tags: ['scope:server', 'type:feature'],
        files: { 'src/index.ts': 'export const id = 1;\n' },
      },
      'libs/server/organisations': {
        name: '@t/server-organisations',
        tags: ['scope:server', 'type:feature'],
        files: {
          'src/index.ts': "import { x } from '@t/contracts';\n\nimport { id } from '@t/server-identity';\nexport const y = x + id;\n",
        },
      },
    });

    const violations = checkBoundaries(root);

    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      file: 'libs/server/organisations/src/index.ts',
      line: 3,
      source: '@t/server-organisations',
      target: '@t/server-identity',
      specifier: '@t/server-identity',
    });
    expect(violations[0]!.reasons).toEqual([expect.stringContaining('type:feature may only import')]);
    expect(formatViolation(violations[0]!)).toMatch(
      /^libs\/server\/organisations\/src\/index\.ts:3 {2}@t\/server-organisations \(scope:server, type:feature\) → @t\/server-identity \(scope:server, type:feature\): /,
    );
  });

  it('reports server code importing admin code, including subpaths, dynamic imports and re-exports', () => {
    const root = workspace({
      'libs/admin/i18n': { name: '@t/admin-i18n', tags: ['scope:admin', 'type:util'], files: { 'src/index.ts': '' } },
      'libs/server/core': {
        name: '@t/server-core',
        tags: ['scope:server', 'type:core'],
        files: {
          'src/a.ts': "import { m } from '@t/admin-i18n/messages';\n",
          'src/b.ts': "export * from '@t/admin-i18n';\n",
          'test/c.ts': "const mod = await import('@t/admin-i18n');\n",
        },
      },
    });

    const violations = checkBoundaries(root);

    expect(violations.map((v) => `${v.file}:${v.line} ${v.target}`)).toEqual([
      'libs/server/core/src/a.ts:1 @t/admin-i18n',
      'libs/server/core/src/b.ts:1 @t/admin-i18n',
      'libs/server/core/test/c.ts:1 @t/admin-i18n',
    ]);
    for (const v of violations) {
      expect(v.reasons).toEqual([expect.stringContaining('scope:server may only import scope:server/scope:shared')]);
    }
  });

  it('reports admin code importing server code, and shared code importing either', () => {
    const root = workspace({
      'libs/server/core': { name: '@t/server-core', tags: ['scope:server', 'type:util'], files: { 'src/index.ts': '' } },
      'libs/admin/i18n': {
        name: '@t/admin-i18n',
        tags: ['scope:admin', 'type:util'],
        files: { 'src/index.ts': "import type { T } from '@t/server-core';\n" },
      },
      'libs/shared/contracts': {
        name: '@t/contracts',
        tags: ['scope:shared', 'type:util'],
        files: { 'src/index.ts': "import '@t/admin-i18n';\n" },
      },
    });

    expect(checkBoundaries(root).map((v) => `${v.source} → ${v.target}`)).toEqual([
      '@t/admin-i18n → @t/server-core',
      '@t/contracts → @t/admin-i18n',
    ]);
  });

  it('reports a relative import that reaches into another project', () => {
    const root = workspace({
      'libs/server/core': {
        name: '@t/server-core',
        tags: ['scope:server', 'type:core'],
        files: { 'src/internal/secret.ts': 'export const s = 1;\n' },
      },
      'libs/shared/contracts': {
        name: '@t/contracts',
        tags: ['scope:shared', 'type:util'],
        files: {
          'src/nested/index.ts': [
            "import { own } from '../own.js';",
            "// import { s } from '../../../../server/core/src/internal/secret.js';",
            "import { s } from '../../../../server/core/src/internal/secret.js';",
            '',
          ].join('\n'),
        },
      },
    });

    const violations = checkBoundaries(root);

    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      file: 'libs/shared/contracts/src/nested/index.ts',
      line: 3,
      source: '@t/contracts',
      target: '@t/server-core',
    });
    // shared → server breaks the scope rule, util → core the type rule.
    expect(violations[0]!.reasons).toHaveLength(2);
  });

  it('accepts an app → feature → core → util chain, self-imports and imports outside every project', () => {
    const root = workspace({
      'apps/gateway': {
        name: '@t/gateway',
        tags: ['scope:server', 'type:app'],
        files: {
          'src/main.ts': [
            "import { feature } from '@t/server-identity';",
            "import { core } from '@t/server-core';",
            "import { x } from '@t/contracts';",
            "import { self } from '@t/gateway/internal';",
            "import { env } from '../../../tools/testing/test-env.js';",
            "import express from 'express';",
            "import fs from 'node:fs';",
            '',
          ].join('\n'),
        },
      },
      'libs/server/identity': {
        name: '@t/server-identity',
        tags: ['scope:server', 'type:feature'],
        files: {
          'src/index.ts': "export { core } from '@t/server-core';\nimport { x } from '@t/contracts';\n",
          'test/x.spec.ts': "import { feature } from '../src/index.js';\nimport { t } from '@t/server-core/testing';\n",
        },
      },
      'libs/server/core': {
        name: '@t/server-core',
        tags: ['scope:server', 'type:core'],
        files: { 'src/index.ts': "import { x } from '@t/contracts';\n", 'src/testing/index.ts': "import { c } from '../index.js';\n" },
      },
      'libs/shared/contracts': serverUtil,
    });

    expect(checkBoundaries(root)).toEqual([]);
  });

  it('reads the script blocks of .vue files and skips their template, dist and generated files', () => {
    const root = workspace({
      'libs/admin/ui': { name: '@t/admin-ui', tags: ['scope:admin', 'type:ui'], files: { 'src/index.ts': '' } },
      'libs/admin/data-access': {
        name: '@t/admin-data-access',
        tags: ['scope:admin', 'type:data-access'],
        files: {
          'src/generated/graphql.ts': "import '@t/admin-ui';\n",
          'dist/index.js': "import '@t/admin-ui';\n",
          'src/view.vue': [
            '<template>',
            "  <pre>import x from '@t/admin-ui'</pre>",
            '</template>',
            '<script setup lang="ts">',
            "import { ref } from 'vue';",
            "import { Button } from '@t/admin-ui';",
            '</script>',
            '',
          ].join('\n'),
        },
      },
    });

    const violations = checkBoundaries(root);

    expect(violations.map((v) => `${v.file}:${v.line}`)).toEqual(['libs/admin/data-access/src/view.vue:6']);
    expect(violations[0]!.reasons).toEqual([expect.stringContaining('type:data-access may only import')]);
  });

  it('reports projects with missing or unknown tags and imports of untagged projects', () => {
    const root = workspace({
      'apps/new': { name: '@t/new', tags: ['scope:mobile', 'type:app'], files: { 'src/index.ts': '' } },
      'libs/server/core': {
        name: '@t/server-core',
        tags: ['scope:server', 'type:core'],
        files: { 'src/index.ts': "import '@t/untagged';\n" },
      },
      'libs/server/untagged': { name: '@t/untagged', files: { 'src/index.ts': '' } },
    });

    const violations = checkBoundaries(root);

    expect(violations.map((v) => `${v.file} ${v.target}`)).toEqual(['apps/new/package.json null', 'libs/server/core/src/index.ts @t/untagged']);
    expect(violations[0]!.reasons).toEqual([expect.stringContaining('unknown tag scope:mobile')]);
  });

  it('finds no violations in this repository', () => {
    const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
    expect(fs.existsSync(path.join(repoRoot, 'libs/server/core/package.json'))).toBe(true);

    const violations = checkBoundaries(repoRoot);

    expect(violations.map(formatViolation)).toEqual([]);
  });
});
