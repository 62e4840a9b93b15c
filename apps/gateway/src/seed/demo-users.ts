// Demo users (one per role per organisation) and the logins table the README and start command print.
// Organisations, programmes and enrolments are in demo-data.ts.
import { agencies, institutions, DEMO_PASSWORD, roleLabelsZh, type DemoUser } from './demo-data.js';

// ───────────────────────────────────────────────────────────────────────────── users

const GOV = 'example.gov.cn';
const EDU = 'example.edu.cn';

export const users: DemoUser[] = [
  // platform
  { username: 'platform', displayName: '陈晓东', email: `platform@${EDU}`, role: 'PLATFORM_OPERATOR', organisation: { kind: 'PLATFORM' } },

  // agencies
  { username: 'moe.officer', displayName: '张伟', email: `moe.officer@${GOV}`, role: 'AGENCY_OFFICER', organisation: { kind: 'AGENCY', code: 'MOE' } },
  { username: 'moe.auditor', displayName: '王芳', email: `moe.auditor@${GOV}`, role: 'AUDITOR', organisation: { kind: 'AGENCY', code: 'MOE' } },
  { username: 'cqedu.officer', displayName: '刘洋', email: `cqedu.officer@${GOV}`, role: 'AGENCY_OFFICER', organisation: { kind: 'AGENCY', code: 'CQ-EDU' } },
  { username: 'cqedu.auditor', displayName: '陈静', email: `cqedu.auditor@${GOV}`, role: 'AUDITOR', organisation: { kind: 'AGENCY', code: 'CQ-EDU' } },
  { username: 'tjedu.officer', displayName: '杨帆', email: `tjedu.officer@${GOV}`, role: 'AGENCY_OFFICER', organisation: { kind: 'AGENCY', code: 'TJ-EDU' } },
  { username: 'tjedu.auditor', displayName: '赵磊', email: `tjedu.auditor@${GOV}`, role: 'AUDITOR', organisation: { kind: 'AGENCY', code: 'TJ-EDU' } },
  { username: 'zjedu.officer', displayName: '黄敏', email: `zjedu.officer@${GOV}`, role: 'AGENCY_OFFICER', organisation: { kind: 'AGENCY', code: 'ZJ-EDU' } },
  { username: 'zjedu.auditor', displayName: '周涛', email: `zjedu.auditor@${GOV}`, role: 'AUDITOR', organisation: { kind: 'AGENCY', code: 'ZJ-EDU' } },
  { username: 'gdedu.officer', displayName: '吴婷', email: `gdedu.officer@${GOV}`, role: 'AGENCY_OFFICER', organisation: { kind: 'AGENCY', code: 'GD-EDU' } },
  { username: 'gdedu.auditor', displayName: '徐明', email: `gdedu.auditor@${GOV}`, role: 'AUDITOR', organisation: { kind: 'AGENCY', code: 'GD-EDU' } },

  // 重庆文化艺术职业学院
  { username: 'cqca.admin', displayName: '孙悦', email: `cqca.admin@${EDU}`, role: 'INSTITUTION_ADMIN', organisation: { kind: 'INSTITUTION', code: 'CQCA', departmentCode: 'SGB' } },
  { username: 'cqca.lead', displayName: '彭立新', email: `cqca.lead@${EDU}`, role: 'TASK_LEAD', organisation: { kind: 'INSTITUTION', code: 'CQCA', departmentCode: 'GGWH' } },
  { username: 'cqca.contrib', displayName: '朱琳', email: `cqca.contrib@${EDU}`, role: 'DEPARTMENT_CONTRIBUTOR', organisation: { kind: 'INSTITUTION', code: 'CQCA', departmentCode: 'JWC' } },
  { username: 'cqca.leader', displayName: '谭志远', email: `cqca.leader@${EDU}`, role: 'LEADERSHIP_VIEWER', organisation: { kind: 'INSTITUTION', code: 'CQCA' } },

  // 天津职业大学
  { username: 'tjvi.admin', displayName: '郭鹏', email: `tjvi.admin@${EDU}`, role: 'INSTITUTION_ADMIN', organisation: { kind: 'INSTITUTION', code: 'TJVI', departmentCode: 'SGB' } },
  { username: 'tjvi.lead', displayName: '何静怡', email: `tjvi.lead@${EDU}`, role: 'TASK_LEAD', organisation: { kind: 'INSTITUTION', code: 'TJVI', departmentCode: 'YSG' } },
  { username: 'tjvi.contrib', displayName: '高翔', email: `tjvi.contrib@${EDU}`, role: 'DEPARTMENT_CONTRIBUTOR', organisation: { kind: 'INSTITUTION', code: 'TJVI', departmentCode: 'JWC' } },
  { username: 'tjvi.leader', displayName: '林国栋', email: `tjvi.leader@${EDU}`, role: 'LEADERSHIP_VIEWER', organisation: { kind: 'INSTITUTION', code: 'TJVI' } },

  // 重庆工程职业技术学院
  { username: 'cqvie.admin', displayName: '罗斌', email: `cqvie.admin@${EDU}`, role: 'INSTITUTION_ADMIN', organisation: { kind: 'INSTITUTION', code: 'CQVIE', departmentCode: 'SGB' } },
  { username: 'cqvie.lead', displayName: '郑欣', email: `cqvie.lead@${EDU}`, role: 'TASK_LEAD', organisation: { kind: 'INSTITUTION', code: 'CQVIE', departmentCode: 'TMGC' } },
  { username: 'cqvie.contrib', displayName: '谢婷', email: `cqvie.contrib@${EDU}`, role: 'DEPARTMENT_CONTRIBUTOR', organisation: { kind: 'INSTITUTION', code: 'CQVIE', departmentCode: 'KJC' } },
  { username: 'cqvie.leader', displayName: '宋建华', email: `cqvie.leader@${EDU}`, role: 'LEADERSHIP_VIEWER', organisation: { kind: 'INSTITUTION', code: 'CQVIE' } },

  // 宁波职业技术学院 (质控办 acts as 双高办, seed 004)
  { username: 'nbpt.admin', displayName: '唐浩', email: `nbpt.admin@${EDU}`, role: 'INSTITUTION_ADMIN', organisation: { kind: 'INSTITUTION', code: 'NBPT', departmentCode: 'ZKB' } },
  { username: 'nbpt.lead', displayName: '韩雪', email: `nbpt.lead@${EDU}`, role: 'TASK_LEAD', organisation: { kind: 'INSTITUTION', code: 'NBPT', departmentCode: 'JDXY' } },
  { username: 'nbpt.contrib', displayName: '冯磊', email: `nbpt.contrib@${EDU}`, role: 'DEPARTMENT_CONTRIBUTOR', organisation: { kind: 'INSTITUTION', code: 'NBPT', departmentCode: 'ZZB' } },
  { username: 'nbpt.leader', displayName: '沈立群', email: `nbpt.leader@${EDU}`, role: 'LEADERSHIP_VIEWER', organisation: { kind: 'INSTITUTION', code: 'NBPT' } },

  // 广东工程职业技术学院
  { username: 'gdep.admin', displayName: '曾丽华', email: `gdep.admin@${EDU}`, role: 'INSTITUTION_ADMIN', organisation: { kind: 'INSTITUTION', code: 'GDEP', departmentCode: 'SGB' } },
  { username: 'gdep.lead', displayName: '邱文斌', email: `gdep.lead@${EDU}`, role: 'TASK_LEAD', organisation: { kind: 'INSTITUTION', code: 'GDEP', departmentCode: 'JDXY' } },
  { username: 'gdep.contrib', displayName: '温晓琳', email: `gdep.contrib@${EDU}`, role: 'DEPARTMENT_CONTRIBUTOR', organisation: { kind: 'INSTITUTION', code: 'GDEP', departmentCode: 'RLZY' } },
  { username: 'gdep.leader', displayName: '梁振华', email: `gdep.leader@${EDU}`, role: 'LEADERSHIP_VIEWER', organisation: { kind: 'INSTITUTION', code: 'GDEP' } },
];

// ───────────────────────────────────────────────────────────────────────────── logins table

function organisationLabel(user: DemoUser): string {
  const org = user.organisation;
  if (org.kind === 'PLATFORM') return '平台运维';
  if (org.kind === 'AGENCY') {
    const agency = agencies.find((a) => a.code === org.code);
    if (!agency) throw new Error(`demo-data: user ${user.username} refers to unknown agency ${org.code}`);
    return agency.shortName ?? agency.name;
  }
  const institution = institutions.find((i) => i.code === org.code);
  if (!institution) throw new Error(`demo-data: user ${user.username} refers to unknown institution ${org.code}`);
  if (org.departmentCode === undefined) return institution.name;
  const department = institution.departments.find((d) => d.code === org.departmentCode);
  if (!department) {
    throw new Error(`demo-data: user ${user.username} refers to unknown department ${org.code}/${org.departmentCode}`);
  }
  return `${institution.name} · ${department.name}`;
}

/** Markdown table of the demo logins, built from `users` at module load (paste into the README). */
export const demoLoginsTable: string = [
  '| username | role | organisation | password |',
  '|---|---|---|---|',
  ...users.map(
    (u) => `| \`${u.username}\` | ${u.role}（${roleLabelsZh[u.role]}） | ${organisationLabel(u)} | \`${DEMO_PASSWORD}\` |`,
  ),
].join('\n');
