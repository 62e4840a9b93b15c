import { useLocale } from '@dsg/admin-i18n';

/** Picks the English name in the English UI when one is registered; the Chinese name is authoritative otherwise. */
export function useLocalizedName() {
  const { locale } = useLocale();
  return (name: string, nameEn?: string | null): string => (locale.value === 'en' && nameEn ? nameEn : name);
}
