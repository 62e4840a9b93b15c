// Types of check-boundaries.mjs, for the spec and editors (the .mjs itself is plain JavaScript).
export interface Project {
  name: string;
  /** Relative to the workspace root, posix separators. */
  root: string;
  /** Absolute path. */
  dir: string;
  tags: string[];
}

export interface Violation {
  /** Relative to the workspace root. */
  file: string;
  line: number;
  /** null for a project-level problem (bad tags), reported at its package.json. */
  specifier: string | null;
  source: string;
  sourceTags: string[];
  target: string | null;
  targetTags: string[];
  reasons: string[];
}

export interface Stats {
  projects: number;
  files: number;
  imports: number;
  crossProjectImports: number;
}

export const SCOPE_RULES: Record<string, string[]>;
export const TYPE_RULES: Record<string, string[]>;
export function readProjects(rootDir: string): Project[];
export function listSourceFiles(dir: string): string[];
export function findImports(text: string, fileName: string): { specifier: string; line: number }[];
export function resolveTarget(specifier: string, fromFile: string, projects: Project[]): Project | null;
export function importProblems(source: Project, target: Project): string[];
export function checkBoundaries(rootDir: string): Violation[];
export function checkBoundariesWithStats(rootDir: string): { violations: Violation[]; stats: Stats; projects: Project[] };
export function formatViolation(v: Violation): string;
