import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from '@dsg/contracts';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, k])) as Record<OrganisationKind, OrganisationKind>;
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => OrganisationKindEnum) organisationKind!: OrganisationKind;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => Boolean) active!: boolean;
}
