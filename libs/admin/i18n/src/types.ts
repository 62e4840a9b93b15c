/** A message tree: nested objects whose leaves are strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * The shape another language must have, derived from the default language's messages,
 * so a missing or extra key in en.ts is a type error rather than a raw key on screen.
 */
export type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };
