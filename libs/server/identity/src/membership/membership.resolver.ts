import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ORGANISATION_DIRECTORY, Policy, RequestContext, requestLoader, type OrganisationDirectory, type OrganisationRef,
} from '@dsg/server-core';
import { MembershipType } from './membership.type.js';
import { MembershipService } from './membership.service.js';
import { GrantMembershipInput } from '../user/dto/user.inputs.js';
import { toMembershipType } from './membership.mapper.js';

const PLATFORM_NAME = { 'zh-CN': '双高监测平台', en: 'Double High-Level Plan platform' } as const;

@Resolver(() => MembershipType)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
  ) {}

  @Policy('create', 'Membership')
  @Mutation(() => MembershipType)
  async grantMembership(@Args('input') input: GrantMembershipInput): Promise<MembershipType> {
    return toMembershipType(await this.memberships.grant(input));
  }

  @Policy('delete', 'Membership')
  @Mutation(() => MembershipType)
  async revokeMembership(@Args('id', { type: () => ID }) id: string): Promise<MembershipType> {
    return toMembershipType(await this.memberships.revoke(id));
  }

  /** Chinese name of the organisation (English when the request asks for it and one exists). */
  @ResolveField(() => String)
  async organisationName(@Parent() m: MembershipType): Promise<string> {
    const locale = RequestContext.current().locale;
    if (m.organisationKind === 'PLATFORM' || !m.organisationId) return PLATFORM_NAME[locale];
    const loader = requestLoader<OrganisationRef & { id: string }, string>('membership.organisationName', async (refs) => {
      const names = await this.directory.names([...refs]);
      return refs.map((r) => {
        const n = names.get(r.id);
        return n ? (locale === 'en' && n.nameEn ? n.nameEn : n.name) : '—';
      });
    });
    return loader.load({ kind: m.organisationKind, id: m.organisationId });
  }
}
