export { organisationsLocales } from './locales';
export {
  auditLogRoutes,
  dashboardRoutes,
  departmentRoutes,
  institutionRoutes,
  jobRoutes,
  userRoutes,
} from './routes';
