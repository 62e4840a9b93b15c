import { defineAsyncComponent } from 'vue';

export type { FormInstance, FormItemRule, FormRules } from 'element-plus';
/** Loaded on first use, so ECharts stays out of the initial bundle (only some dashboards draw charts). */
export const DsgChart = defineAsyncComponent(() => import('./chart/dsg-chart.vue'));
export type { ChartOption } from './chart/echarts';
export { default as DsgJson } from './display/dsg-json.vue';
export { default as DsgLoadMore } from './display/dsg-load-more.vue';
export { default as DsgErrorState } from './feedback/dsg-error-state.vue';
export { default as DsgException } from './feedback/dsg-exception.vue';
export { confirmAction, notifyError, notifySuccess, type ConfirmOptions } from './feedback/notify';
export * as icons from './icons';
export { installUi } from './install';
export { default as DsgPage } from './layout/dsg-page.vue';
export { default as DsgShell } from './layout/dsg-shell.vue';
export { default as DsgMenu } from './navigation/dsg-menu.vue';
export type { DsgMenuItem } from './navigation/menu-item';
