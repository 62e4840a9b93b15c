import { registerEnumType } from '@nestjs/graphql';

export const AgencyLevelEnum = { NATIONAL: 'NATIONAL', PROVINCIAL: 'PROVINCIAL', MUNICIPAL: 'MUNICIPAL' } as const;
export const TrackEnum = { SCHOOL: 'SCHOOL', SPECIALTY_GROUP: 'SPECIALTY_GROUP' } as const;
export const ReportingFrequencyEnum = { MONTHLY: 'MONTHLY', QUARTERLY: 'QUARTERLY', SEMI_ANNUAL: 'SEMI_ANNUAL', ANNUAL: 'ANNUAL' } as const;
export const DepartmentKindEnum = { ADMINISTRATIVE: 'ADMINISTRATIVE', ACADEMIC: 'ACADEMIC', PARTY: 'PARTY' } as const;

registerEnumType(AgencyLevelEnum, { name: 'AgencyLevel', description: '国家级 / 省级 / 市级' });
registerEnumType(TrackEnum, { name: 'Track', description: '高水平学校 / 高水平专业群' });
registerEnumType(ReportingFrequencyEnum, { name: 'ReportingFrequency' });
registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind', description: '行政部门 / 二级学院 / 党群部门' });
