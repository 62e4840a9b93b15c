import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from '@dsg/contracts';

export const POLICY_KEY = 'dsg:policy';

/** How an operation is guarded. Every Query and Mutation declares exactly one of these. */
export type PolicyMeta =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'ability'; action: Action; subject: SubjectName };

/** Requires a signed-in actor whose role may `action` some `subject` (instance checks follow in the service). */
export const Policy = (action: Action, subject: SubjectName) => SetMetadata(POLICY_KEY, { kind: 'ability', action, subject } satisfies PolicyMeta);
/** Any signed-in actor (their own data only: me, change password, switch membership). */
export const Authenticated = () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies PolicyMeta);
/** No sign-in needed (login, refresh, logout). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies PolicyMeta);
