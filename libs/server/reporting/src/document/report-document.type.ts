import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReportDocumentFormat } from './report-document.entity.js';

export const ReportDocumentFormatEnum = { DOCX: 'DOCX', PDF: 'PDF', XLSX: 'XLSX' } as const satisfies Record<ReportDocumentFormat, ReportDocumentFormat>;
registerEnumType(ReportDocumentFormatEnum, { name: 'ReportDocumentFormat', description: 'DOCX: the report in Word; PDF: printed; XLSX: the figures workbook' });

@ObjectType('ReportDocument', { description: '生成的报告文件' })
export class ReportDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => ReportDocumentFormatEnum) format!: ReportDocumentFormat;
  @Field(() => String) fileName!: string;
  @Field(() => Float) size!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { description: 'GET with the access token (Authorization: Bearer …).' }) downloadPath!: string;
}
