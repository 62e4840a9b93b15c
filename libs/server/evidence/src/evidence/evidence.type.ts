import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { EvidenceReviewStatus } from '@dsg/contracts';
import type { EvidenceFile } from './evidence-file.entity.js';

@ObjectType('EvidenceFile', { description: '佐证材料; download at GET /evidence/{id}' })
export class EvidenceFileType {
  @Field(() => ID) id!: string;
  @Field(() => String) objectType!: string;
  @Field(() => ID) objectId!: string;
  @Field(() => ID) seriesId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Float) size!: number;
  @Field(() => String) sha256!: string;
  @Field(() => ID) uploadedBy!: string;
  @Field(() => Date) uploadedAt!: Date;
  @Field(() => String, { description: 'PENDING / APPROVED / RETURNED (待审 / 通过 / 退回)' }) reviewStatus!: EvidenceReviewStatus;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
}

@InputType()
export class ReviewEvidenceInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when returning.' }) note?: string | null;
}

export function toEvidenceType(f: EvidenceFile): EvidenceFileType {
  return {
    id: f.id, objectType: f.objectType, objectId: f.objectId, seriesId: f.seriesId, version: f.version, fileName: f.fileName,
    contentType: f.contentType, size: f.size, sha256: f.sha256, uploadedBy: f.uploadedBy, uploadedAt: f.uploadedAt,
    reviewStatus: f.reviewStatus, reviewNote: f.reviewNote,
  };
}
