import type { AppLocale } from './locales';
import type { MessageTree } from './types';

export type LocaleLoader = () => Promise<{ default: MessageTree }>;

/**
 * A namespace of messages (one per feature lib) with one lazy loader per language,
 * so only the languages actually shown are downloaded.
 */
export interface LocaleNamespace {
  readonly name: string;
  readonly loaders: Record<AppLocale, LocaleLoader>;
}

export function defineLocaleNamespace(name: string, loaders: Record<AppLocale, LocaleLoader>): LocaleNamespace {
  return { name, loaders };
}
