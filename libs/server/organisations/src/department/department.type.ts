import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@dsg/server-core';
import { DepartmentKindEnum } from '../graphql-enums.js';
import type { DepartmentKind } from './department.entity.js';

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => DepartmentKindEnum) kind!: DepartmentKind;
}

export const DepartmentConnection = connectionOf(DepartmentType, 'Department');

@InputType()
export class CreateDepartmentInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => DepartmentKindEnum) kind!: DepartmentKind;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => DepartmentKindEnum, { nullable: true }) kind?: DepartmentKind | null;
}

@InputType()
export class ImportDepartmentsInput {
  @Field(() => String, { description: 'CSV: code,name,nameEn,kind — one department per line, optional header.' })
  csv!: string;
  @Field(() => String, { nullable: true, description: 'Client key: the same key returns the same job.' })
  requestKey?: string | null;
}
