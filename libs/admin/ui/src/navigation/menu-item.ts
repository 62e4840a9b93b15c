import type { Component } from 'vue';

/** One sidebar entry, already translated and filtered by the caller. */
export interface DsgMenuItem {
  /** Unique key; for pages the route path, used as the el-menu index. */
  key: string;
  title: string;
  icon?: Component;
  /** A link leaving the SPA (e.g. the queue dashboard), opened in a new tab. */
  href?: string;
  testId?: string;
  children?: DsgMenuItem[];
}
