import type { RouteRecordRaw } from 'vue-router';
import type { Permission } from '@dsg/admin-data-access';
import type { DsgMenuItem } from '@dsg/admin-ui';

export interface BuildMenuOptions {
  allows: (permission: Permission | undefined) => boolean;
  translate: (key: string) => string;
}

function joinPath(parent: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `${parent.replace(/\/$/, '')}/${path}`;
}

/**
 * The sidebar tree from route records: entries need a title, are dropped when hidden or not
 * allowed by the ability, and a group without any visible child disappears with it.
 */
export function buildMenu(records: readonly RouteRecordRaw[], options: BuildMenuOptions, parentPath = '/'): DsgMenuItem[] {
  const sorted = [...records].sort((a, b) => (a.meta?.order ?? 50) - (b.meta?.order ?? 50));
  const items: DsgMenuItem[] = [];

  for (const record of sorted) {
    const meta = record.meta;
    if (!meta?.title || meta.hideInMenu || !options.allows(meta.ability)) continue;
    const path = joinPath(parentPath, record.path);
    const item: DsgMenuItem = {
      key: path,
      title: options.translate(meta.title),
      icon: meta.icon,
      href: meta.href,
      testId: `menu-${String(record.name ?? path)}`,
    };

    if (record.children?.length) {
      const children = buildMenu(record.children, options, path);
      if (children.length === 0) continue;
      item.children = children;
    }
    items.push(item);
  }
  return items;
}
