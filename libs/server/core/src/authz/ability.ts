import { subject as tag } from '@casl/ability';
import { rulesToCondition } from '@casl/ability/extra';
import type { Action, SubjectName } from '@dsg/contracts';
import { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { defineAbilityFor, type AppAbility } from './role-rules.js';

const ABILITY_KEY = Symbol('ability');

/** The current actor's ability, built once per request. */
export function currentAbility(): AppAbility {
  const ctx = RequestContext.current();
  const actor = ctx.requireActor();
  return ctx.memo(ABILITY_KEY, () => defineAbilityFor(actor));
}

/**
 * Checks an action on one loaded object. A read that is not allowed answers NOT_FOUND (the object
 * must not even be confirmed to exist); a write on a readable object answers FORBIDDEN.
 */
export function assertCan(action: Action, type: SubjectName, object: object): void {
  const ability = currentAbility();
  if (ability.can(action, tag(type, { ...object }) as never)) return;
  if (action !== 'read' && ability.can('read', tag(type, { ...object }) as never)) throw AppError.forbidden();
  throw AppError.notFound();
}

/**
 * Turns the rules for `action` on `type` into a MikroORM where-condition (Mongo-style operators map
 * one to one). Returns null when no rule allows anything: the caller answers an empty list.
 */
export function toQuery(action: Action, type: SubjectName): Record<string, unknown> | null {
  const ability = currentAbility();
  type Cond = Record<string, unknown>;
  return rulesToCondition<AppAbility, Cond, Cond>(
    ability.rulesFor(action, type),
    (rule) => (rule.inverted ? { $not: rule.conditions ?? {} } : ((rule.conditions as Cond | undefined) ?? {})),
    {
      and: (conds) => (conds.length === 1 ? conds[0]! : { $and: conds }),
      or: (conds) => (conds.some((c) => Object.keys(c).length === 0) ? {} : conds.length === 1 ? conds[0]! : { $or: conds }),
      empty: () => ({}),
    },
  );
}
