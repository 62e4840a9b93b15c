import { packRules } from '@casl/ability/extra';
import { describe, expect, it } from 'vitest';
import { createAppAbility, rulesFromPacked } from './ability';

describe('rulesFromPacked', () => {
  it('unpacks the rules the gateway sends', () => {
    const packed = packRules([
      { action: 'manage', subject: 'Department' },
      { action: 'read', subject: 'AuditLog', conditions: { tenantId: 't-1' } },
    ]);
    const ability = createAppAbility(rulesFromPacked(packed));

    expect(ability.can('delete', 'Department')).toBe(true);
    expect(ability.can('read', 'AuditLog')).toBe(true);
    expect(ability.can('read', 'User')).toBe(false);
  });

  it.each([null, 'manage', { action: 'manage' }, [['manage']], [42]])('fails closed on malformed input %j', (input) => {
    expect(createAppAbility(rulesFromPacked(input)).can('read', 'User')).toBe(false);
  });
});
