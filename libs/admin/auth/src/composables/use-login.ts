import { ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { describeApiError, useSessionStore, type LoginInput } from '@dsg/admin-data-access';
import { safeRedirect } from './safe-redirect';

/** Logs in and continues to the page the user was sent away from. */
export function useLogin() {
  const session = useSessionStore();
  const router = useRouter();
  const route = useRoute();
  const { t } = useI18n();

  const loading = ref(false);
  /** The server's message (wrong password, account locked …) in the UI language. */
  const errorMessage = ref<string | null>(null);

  async function login(input: LoginInput): Promise<boolean> {
    loading.value = true;
    errorMessage.value = null;
    try {
      await session.login(input);
    } catch (error) {
      errorMessage.value = describeApiError(error, t);
      return false;
    } finally {
      loading.value = false;
    }
    await router.replace(safeRedirect(route.query['redirect']));
    return true;
  }

  return { login, loading, errorMessage };
}
