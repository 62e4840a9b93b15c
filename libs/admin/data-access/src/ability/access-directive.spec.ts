import { describe, expect, it } from 'vitest';
import { defineComponent, nextTick } from 'vue';
import { mount } from '@vue/test-utils';
import { packRules } from '@casl/ability/extra';
import { useAbility } from '@casl/vue';
import { createTestContext } from '../testing';
import { useAbilityStore } from '../stores/ability-store';
import { useAccess } from './use-access';

const Probe = defineComponent({
  setup() {
    const { can } = useAccess();
    const casl = useAbility();
    return { can, casl };
  },
  template: `
    <div>
      <button data-testid="create" v-access="['create', 'User']">create</button>
      <span data-testid="composable">{{ can('delete', 'Department') }}</span>
      <span data-testid="casl">{{ casl.can('read', 'AuditLog') }}</span>
    </div>
  `,
});

describe('access control in templates', () => {
  it('hides elements the rules do not allow and shows them when the rules change', async () => {
    const { plugins, pinia } = await createTestContext({ session: { rules: [{ action: 'read', subject: 'User' }] } });
    const wrapper = mount(Probe, { global: { plugins } });
    const button = () => wrapper.get<HTMLButtonElement>('[data-testid="create"]').element;

    expect(button().style.display).toBe('none');
    expect(wrapper.get('[data-testid="composable"]').text()).toBe('false');
    expect(wrapper.get('[data-testid="casl"]').text()).toBe('false');

    // e.g. after switching to a membership with more rights
    useAbilityStore(pinia).applyPacked(
      packRules([
        { action: 'manage', subject: 'User' },
        { action: 'manage', subject: 'Department' },
        { action: 'read', subject: 'AuditLog' },
      ]),
    );
    await nextTick();

    expect(button().style.display).toBe('');
    expect(wrapper.get('[data-testid="composable"]').text()).toBe('true');
    expect(wrapper.get('[data-testid="casl"]').text()).toBe('true');
  });
});
