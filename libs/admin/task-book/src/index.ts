export { taskBookLocales } from './locales';
export { myIndicatorRoutes, taskBookRoutes } from './routes';
