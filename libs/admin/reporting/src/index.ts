export { default as NotificationBell } from './components/notification-bell.vue';
export { reportingLocales } from './locales';
export { reportingRoutes } from './routes';
