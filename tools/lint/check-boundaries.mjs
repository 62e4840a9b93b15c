#!/usr/bin/env node
// Module-boundary lint (the Nx `enforce-module-boundaries` rules, without the Nx ESLint plugin).
//
//   bash tools/scripts/with-node.sh node tools/lint/check-boundaries.mjs [rootDir]
//
// Every workspace project (apps/*, libs/*/* with a package.json that has a `name`) carries two
// Nx tags in package.json `nx.tags`: one `scope:*` and one `type:*`. Each import found in a
// project's src/ and test/ files (.ts, .vue, .mjs, ...) is mapped to the project it reaches,
// by workspace package name (`@dsg/server-core`, `@dsg/server-core/testing`) or by a relative
// path that resolves into another project's folder, and must be allowed by SCOPE_RULES and
// TYPE_RULES below. Violations are printed one per line; the exit code is 1 when there are any.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {typeof import('typescript')} */
const ts = require('typescript');

/** Which scopes a project of a scope may import. */
export const SCOPE_RULES = {
  'scope:shared': ['scope:shared'],
  'scope:server': ['scope:server', 'scope:shared'],
  'scope:admin': ['scope:admin', 'scope:shared'],
  // End-to-end test projects sit on top of everything and may start any app.
  'scope:e2e': ['scope:server', 'scope:admin', 'scope:shared', 'scope:e2e'],
};

/** Which types a project of a type may import (a project may always import itself). */
export const TYPE_RULES = {
  'type:app': ['type:feature', 'type:core', 'type:ui', 'type:data-access', 'type:util'],
  'type:feature': ['type:core', 'type:ui', 'type:data-access', 'type:util'],
  'type:core': ['type:core', 'type:util'],
  'type:ui': ['type:ui', 'type:util'],
  'type:data-access': ['type:data-access', 'type:util'],
  'type:util': ['type:util'],
  'type:e2e': ['type:app', 'type:feature', 'type:core', 'type:ui', 'type:data-access', 'type:util', 'type:e2e'],
};

/** Folders holding projects: `apps/<name>` and `libs/<scope>/<name>`. */
const PROJECT_GLOBS = [['apps'], ['libs', '*']];
/** Folders of a project whose files are scanned. */
const SOURCE_DIRS = ['src', 'test'];
const SOURCE_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.vue', '.mjs', '.js', '.cjs'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'generated', 'coverage', '.vite']);

/**
 * @typedef {{ name: string, root: string, dir: string, tags: string[] }} Project
 *   `root` is relative to the workspace root (posix separators), `dir` is absolute.
 * @typedef {{
 *   file: string, line: number, specifier: string | null,
 *   source: string, sourceTags: string[], target: string | null, targetTags: string[],
 *   reasons: string[],
 * }} Violation
 *   `file` is relative to the workspace root; `target`/`specifier` are null for a project-level
 *   problem (bad tags), reported at the project's package.json.
 * @typedef {{ projects: number, files: number, imports: number, crossProjectImports: number }} Stats
 */

const toPosix = (p) => p.split(path.sep).join('/');

/** @param {string} rootDir @returns {Project[]} every project folder with a named package.json */
export function readProjects(rootDir) {
  /** @type {Project[]} */
  const projects = [];
  for (const segments of PROJECT_GLOBS) {
    /** @type {string[]} */
    let dirs = [path.join(rootDir, segments[0])];
    for (const segment of [...segments.slice(1), '*']) {
      dirs = dirs.flatMap((dir) => (segment === '*' ? subdirectories(dir) : [path.join(dir, segment)]));
    }
    for (const dir of dirs) {
      const manifest = path.join(dir, 'package.json');
      if (!fs.existsSync(manifest)) continue;
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      if (typeof pkg.name !== 'string' || !pkg.name) continue;
      const tags = Array.isArray(pkg.nx?.tags) ? pkg.nx.tags.filter((t) => typeof t === 'string') : [];
      projects.push({ name: pkg.name, root: toPosix(path.relative(rootDir, dir)), dir, tags });
    }
  }
  return projects.sort((a, b) => a.root.localeCompare(b.root));
}

function subdirectories(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** @param {string} dir @returns {string[]} absolute paths of the source files below dir */
export function listSourceFiles(dir) {
  /** @type {string[]} */
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...listSourceFiles(full));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      out.push(full);
    }
  }
  return out.sort();
}

/**
 * The script blocks of a Vue SFC; everything else is blanked out (newlines kept) so that
 * positions, and so line numbers, stay those of the .vue file.
 * @param {string} text
 */
function vueScriptText(text) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const bodyStart = m.index + m[1].length;
    out += blank(text.slice(last, bodyStart)) + m[2];
    last = bodyStart + m[2].length;
  }
  return out + blank(text.slice(last));
}

/**
 * Import specifiers of one source file: static imports, `export … from`, `import type`,
 * side-effect imports, dynamic `import('…')`, `typeof import('…')` and `require('…')`.
 * Comments and string contents are not mistaken for imports (TypeScript's scanner is used).
 * @param {string} text @param {string} fileName
 * @returns {{ specifier: string, line: number }[]}
 */
export function findImports(text, fileName) {
  const code = fileName.endsWith('.vue') ? vueScriptText(text) : text;
  const { importedFiles } = ts.preProcessFile(code, true, true);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return importedFiles.map((f) => ({ specifier: f.fileName, line: lineOf(f.pos) }));
}

/**
 * The project an import specifier reaches, or null (an npm package, node builtin, or a file
 * outside every project).
 * @param {string} specifier @param {string} fromFile absolute path @param {Project[]} projects
 * @returns {Project | null}
 */
export function resolveTarget(specifier, fromFile, projects) {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const bare = specifier.replace(/[?#].*$/, '');
    const resolved = path.resolve(path.dirname(fromFile), bare);
    let best = null;
    for (const p of projects) {
      if ((resolved === p.dir || resolved.startsWith(p.dir + path.sep)) && (!best || p.dir.length > best.dir.length)) {
        best = p;
      }
    }
    return best;
  }
  return projects.find((p) => specifier === p.name || specifier.startsWith(p.name + '/')) ?? null;
}

const tagsOf = (project, prefix) => project.tags.filter((t) => t.startsWith(prefix));

/** @param {Project} project @returns {string[]} what is wrong with the project's own tags */
function tagProblems(project) {
  const problems = [];
  for (const [prefix, rules] of [['scope:', SCOPE_RULES], ['type:', TYPE_RULES]]) {
    const tags = tagsOf(project, prefix);
    if (tags.length !== 1) {
      problems.push(`needs exactly one ${prefix}* tag in package.json nx.tags (has ${tags.length ? tags.join(', ') : 'none'})`);
    } else if (!(tags[0] in rules)) {
      problems.push(`unknown tag ${tags[0]} (known: ${Object.keys(rules).join(', ')}; add a rule to tools/lint/check-boundaries.mjs)`);
    }
  }
  return problems;
}

/** @param {Project} source @param {Project} target @returns {string[]} why the import is denied */
export function importProblems(source, target) {
  if (source === target || source.name === target.name) return [];
  const reasons = [];
  const [sourceScope] = tagsOf(source, 'scope:');
  const [sourceType] = tagsOf(source, 'type:');
  const targetScopes = tagsOf(target, 'scope:');
  const targetTypes = tagsOf(target, 'type:');
  const allowedScopes = SCOPE_RULES[sourceScope] ?? [];
  const allowedTypes = TYPE_RULES[sourceType] ?? [];
  if (!targetScopes.some((t) => allowedScopes.includes(t))) {
    reasons.push(
      `${sourceScope ?? 'a project without scope'} may only import ${allowedScopes.join('/') || 'nothing'}, not ${
        targetScopes.join('/') || 'an unscoped project'
      }`,
    );
  }
  if (!targetTypes.some((t) => allowedTypes.includes(t))) {
    reasons.push(
      `${sourceType ?? 'a project without type'} may only import ${allowedTypes.join('/') || 'nothing'}, not ${
        targetTypes.join('/') || 'an untyped project'
      }`,
    );
  }
  return reasons;
}

/**
 * Checks every project of the workspace at rootDir.
 * @param {string} rootDir
 * @returns {Violation[]} the violations; empty when the workspace is clean
 */
export function checkBoundaries(rootDir) {
  return checkBoundariesWithStats(rootDir).violations;
}

/** @param {string} rootDir @returns {{ violations: Violation[], stats: Stats, projects: Project[] }} */
export function checkBoundariesWithStats(rootDir) {
  const root = path.resolve(rootDir);
  const projects = readProjects(root);
  /** @type {Violation[]} */
  const violations = [];
  const stats = { projects: 0, files: 0, imports: 0, crossProjectImports: 0 };

  for (const source of projects) {
    if (source.tags.length === 0) continue; // untagged: not checked (importing it is denied below)
    stats.projects++;
    const problems = tagProblems(source);
    if (problems.length) {
      violations.push({
        file: toPosix(path.relative(root, path.join(source.dir, 'package.json'))),
        line: 1,
        specifier: null,
        source: source.name,
        sourceTags: source.tags,
        target: null,
        targetTags: [],
        reasons: problems,
      });
      continue;
    }
    const files = SOURCE_DIRS.flatMap((d) => listSourceFiles(path.join(source.dir, d)));
    for (const file of files) {
      stats.files++;
      for (const { specifier, line } of findImports(fs.readFileSync(file, 'utf8'), file)) {
        stats.imports++;
        const target = resolveTarget(specifier, file, projects);
        if (!target || target === source) continue;
        stats.crossProjectImports++;
        const reasons = importProblems(source, target);
        if (reasons.length) {
          violations.push({
            file: toPosix(path.relative(root, file)),
            line,
            specifier,
            source: source.name,
            sourceTags: source.tags,
            target: target.name,
            targetTags: target.tags,
            reasons,
          });
        }
      }
    }
  }
  return { violations, stats, projects };
}

/** @param {Violation} v */
export function formatViolation(v) {
  const tags = (t) => `(${t.join(', ') || 'no tags'})`;
  if (v.target === null) return `${v.file}:${v.line}  ${v.source} ${tags(v.sourceTags)}: ${v.reasons.join('; ')}`;
  return `${v.file}:${v.line}  ${v.source} ${tags(v.sourceTags)} → ${v.target} ${tags(v.targetTags)}: ${v.reasons.join(
    '; ',
  )}  [import '${v.specifier}']`;
}

function main() {
  const rootDir = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
  const { violations, stats, projects } = checkBoundariesWithStats(rootDir);
  const untagged = projects.filter((p) => p.tags.length === 0).map((p) => p.name);
  const note = untagged.length ? `; not checked (no nx.tags): ${untagged.join(', ')}` : '';
  if (violations.length) {
    for (const v of violations) console.error(formatViolation(v));
    console.error(
      `\ncheck-boundaries: ${violations.length} violation(s) in ${stats.projects} projects ` +
        `(${stats.files} files, ${stats.crossProjectImports} cross-project imports)${note}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `check-boundaries: OK — ${stats.projects} projects, ${stats.files} files, ${stats.imports} imports ` +
        `(${stats.crossProjectImports} cross-project), 0 violations${note}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
