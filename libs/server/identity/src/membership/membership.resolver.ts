import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ORGANISATION_DIRECTORY, Policy, requestLoader, type OrganisationDirectory, type OrganisationName, type OrganisationRef,
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

  /** The organisation's registered (Chinese) name, in every UI language. */
  @ResolveField(() => String)
  async organisationName(@Parent() m: MembershipType): Promise<string> {
    if (m.organisationKind === 'PLATFORM' || !m.organisationId) return PLATFORM_NAME['zh-CN'];
    return (await this.nameOf(m))?.name ?? '—';
  }

  /** The English name, where one is registered. */
  @ResolveField(() => String, { nullable: true })
  async organisationNameEn(@Parent() m: MembershipType): Promise<string | null> {
    if (m.organisationKind === 'PLATFORM' || !m.organisationId) return PLATFORM_NAME.en;
    return (await this.nameOf(m))?.nameEn ?? null;
  }

  private nameOf(m: MembershipType): Promise<OrganisationName | null> {
    const loader = requestLoader<OrganisationRef & { id: string }, OrganisationName | null>('membership.organisationName', async (refs) => {
      const names = await this.directory.names([...refs]);
      return refs.map((r) => names.get(r.id) ?? null);
    });
    return loader.load({ kind: m.organisationKind, id: m.organisationId! });
  }
}
