import type { Component } from 'vue';
import type { Permission } from './ability';

// Route meta shared by the app shell (menu, guard, title) and the feature libs' routes.ts.
declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, used for the menu entry and the document title. */
    title?: string;
    /** Required permission; the guard sends users without it to 403 and the menu hides the entry. */
    ability?: Permission;
    icon?: Component;
    hideInMenu?: boolean;
    /** Reachable without a session (the login page). */
    public?: boolean;
    /** Menu position among siblings, ascending. */
    order?: number;
    /** The menu entry opens this URL (outside the SPA) in a new tab instead of navigating. */
    href?: string;
  }
}

export {};
