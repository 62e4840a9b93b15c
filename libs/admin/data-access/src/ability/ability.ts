import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';
import { ACTIONS, SUBJECTS, type Action, type SubjectName } from '@dsg/contracts';

// The vocabulary is shared with the gateway (@dsg/contracts). Checks here only decide what the
// UI offers; the gateway enforces the same rules, with their conditions, on every operation.
export { ACTIONS, SUBJECTS, type Action };
export type Subject = SubjectName;
export type AppAbility = MongoAbility<[Action, Subject]>;
export type AppRawRule = RawRuleOf<AppAbility>;
/** An [action, subject] pair, as used in route meta and the v-access directive. */
export type Permission = readonly [Action, Subject];

export function createAppAbility(rules: AppRawRule[] = []): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

/**
 * Turns `me.permissions` (packed rules, typed JSON) into raw rules.
 * Anything that is not a list of packed rules yields no rules: the UI fails closed.
 */
export function rulesFromPacked(packed: unknown): AppRawRule[] {
  if (!Array.isArray(packed) || !packed.every((rule) => Array.isArray(rule) && rule.length >= 2)) return [];
  try {
    return unpackRules<AppRawRule>(packed as PackRule<AppRawRule>[]);
  } catch {
    return [];
  }
}
