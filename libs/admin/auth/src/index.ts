export { default as ChangePasswordForm } from './components/change-password-form.vue';
export { default as LoginForm } from './components/login-form.vue';
export { DEFAULT_HOME, safeRedirect } from './composables/safe-redirect';
export { useLogin } from './composables/use-login';
export { authLocales } from './locales';
export { accountRoutes, authRoutes } from './routes';
