/**
 * Demo data for the 双高 (Double High-Level Plan) oversight SaaS.
 *
 * Pure data module: no imports, no I/O. Everything here is drawn from the five source documents in
 * /work/shared/seeds/ (file names are in `seedFile` and in the comments) and from /work/shared/domain.md.
 * Where a value is NOT in the documents (English names, codes, programme dates, tiers, most departments),
 * a plausible real-world value is used and the line carries an `// assumed` comment.
 *
 * Seed files (relative to /work/shared/seeds/):
 *   000_ce285192f5fbbe6b.txt  重庆文化艺术职业学院 — 双高办 monthly bulletin, Nov 2021 (市级双高)
 *   001_4b8d62dc33741eac.txt  天津职业大学 — 津职大党〔2019〕68号, study/discuss/promote plan (国家双高)
 *   002_85e55f35b413fd10.txt  广东工程职业技术学院 — 省域双高推进会 news item, 2024-10-02 (see note on GDEP)
 *   003_5cc8c32935b14716.txt  重庆工程职业技术学院 — 党建联建 feature, 2021 results (国家双高)
 *   004_89b3b0897c723446.txt  宁波职业技术学院 — 党建“三级联创” implementation opinion, 2020-06-12 (国家双高)
 *
 * Slugs used in usernames (all lowercase ASCII):
 *   platform operator : platform
 *   agencies          : moe (教育部), cqedu (重庆市教委), tjedu (天津市教委), zjedu (浙江省教育厅), gdedu (广东省教育厅)
 *   institutions      : cqca (重庆文化艺术职业学院), tjvi (天津职业大学), cqvie (重庆工程职业技术学院),
 *                       nbpt (宁波职业技术学院), gdep (广东工程职业技术学院)
 *   username pattern  : <agency>.officer | <agency>.auditor
 *                       <institution>.admin | .lead | .contrib | .leader
 *   every demo user's password is DEMO_PASSWORD.
 *
 * Person names in `users` are fictional; no real person named in the documents is used for a user.
 */

// ───────────────────────────────────────────────────────────────────────────── types

export type AgencyLevel = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL';
export type Track = 'SCHOOL' | 'SPECIALTY_GROUP';
export type ReportingFrequency = 'MONTHLY' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'ANNUAL';
export type Role =
  | 'PLATFORM_OPERATOR'
  | 'AGENCY_OFFICER'
  | 'AUDITOR'
  | 'INSTITUTION_ADMIN'
  | 'TASK_LEAD'
  | 'DEPARTMENT_CONTRIBUTOR'
  | 'LEADERSHIP_VIEWER';

export interface DemoAgency {
  code: string;
  name: string;
  nameEn: string;
  level: AgencyLevel;
  /** '全国' or the province-level name */
  region: string;
  /** Optional: the everyday short name (重庆市教委 …). */
  shortName?: string;
}

export interface DemoDepartment {
  code: string;
  name: string;
  nameEn: string;
  kind: 'ADMINISTRATIVE' | 'ACADEMIC' | 'PARTY';
}

export interface DemoInstitution {
  code: string;
  name: string;
  nameEn: string;
  province: string;
  city: string;
  departments: DemoDepartment[];
  /** Source document, relative to /work/shared/seeds/ */
  seedFile: string;
  /** Optional: the lowercase slug used as username prefix. */
  slug?: string;
  /** Optional: campuses, where the documents name them. */
  campuses?: string[];
}

export interface DemoProgramme {
  code: string;
  agencyCode: string;
  name: string;
  nameEn: string;
  startYear: number;
  endYear: number;
  tracks: Track[];
  tiers: string[];
  frequency: ReportingFrequency;
  dueDaysAfterPeriodEnd: number;
  /** Optional: the short name used in speech and in the documents (双高计划, 市级双高 …). */
  shortName?: string;
  /** Optional: the policy document that establishes the programme. */
  basisDocument?: string;
}

export interface DemoEnrolment {
  institutionCode: string;
  programmeCode: string;
  track: Track;
  tier: string | null;
  specialtyGroup: string | null;
  enrolledOn: string /* YYYY-MM-DD */;
}

export interface DemoUser {
  username: string;
  displayName: string;
  email: string;
  role: Role;
  organisation:
    | { kind: 'PLATFORM' }
    | { kind: 'AGENCY'; code: string }
    | { kind: 'INSTITUTION'; code: string; departmentCode?: string };
}

export const DEMO_PASSWORD = 'Shuanggao@2026';

/** Chinese labels for roles (used in the logins table; handy for the UI too). */
export const roleLabelsZh: Record<Role, string> = {
  PLATFORM_OPERATOR: '平台运维',
  AGENCY_OFFICER: '主管部门业务处室',
  AUDITOR: '审计/督导专家',
  INSTITUTION_ADMIN: '院校双高办',
  TASK_LEAD: '领衔领导/项目带头人',
  DEPARTMENT_CONTRIBUTOR: '部门填报人',
  LEADERSHIP_VIEWER: '院领导',
};

// ───────────────────────────────────────────────────────────────────────────── agencies

export const agencies: DemoAgency[] = [
  {
    code: 'MOE',
    name: '中华人民共和国教育部',
    shortName: '教育部',
    nameEn: 'Ministry of Education of the People’s Republic of China',
    level: 'NATIONAL',
    region: '全国',
  },
  {
    // Chongqing is a municipality directly under the central government (直辖市), i.e. province-level,
    // so its education commission is modelled as PROVINCIAL, not MUNICIPAL. Its programme is still
    // called 市级双高 in the documents (seed 000: “市级高水平学校和高水平专业群建设计划”).
    code: 'CQ-EDU',
    name: '重庆市教育委员会',
    shortName: '重庆市教委',
    nameEn: 'Chongqing Municipal Education Commission', // assumed (English name)
    level: 'PROVINCIAL',
    region: '重庆市',
  },
  {
    // Tianjin is also a 直辖市 → PROVINCIAL, same reasoning as Chongqing.
    code: 'TJ-EDU',
    name: '天津市教育委员会',
    shortName: '天津市教委',
    nameEn: 'Tianjin Municipal Education Commission', // assumed (English name)
    level: 'PROVINCIAL',
    region: '天津市',
  },
  {
    code: 'ZJ-EDU',
    name: '浙江省教育厅',
    nameEn: 'Department of Education of Zhejiang Province', // assumed (English name)
    level: 'PROVINCIAL',
    region: '浙江省',
  },
  {
    code: 'GD-EDU',
    name: '广东省教育厅',
    nameEn: 'Department of Education of Guangdong Province', // assumed (English name)
    level: 'PROVINCIAL',
    region: '广东省',
  },
];
// Note: TJ-EDU and ZJ-EDU oversee no programme in this data set (their colleges are enrolled in the
// national programme run by MOE), so their officers start with an empty cockpit unless a product rule
// lets a provincial agency co-supervise national enrolments in its province.

// ───────────────────────────────────────────────────────────────────────────── institutions

export const institutions: DemoInstitution[] = [
  // ── seed 000 ──────────────────────────────────────────────────────────────
  // The bulletin names the 双高办 (“双高”办公室, with its own 特别党支部), the party committee, “各党政教辅
  // 部门、各系部”, and the 公共文化服务与管理 specialty group; it does not name individual offices, so
  // apart from SGB the departments below are the usual set for a Chongqing arts college.
  {
    code: 'CQCA', // assumed (platform code)
    slug: 'cqca',
    name: '重庆文化艺术职业学院',
    nameEn: 'Chongqing Vocational College of Culture and Arts', // assumed (English name)
    province: '重庆市',
    city: '重庆市',
    seedFile: '000_ce285192f5fbbe6b.txt',
    departments: [
      { code: 'SGB', name: '“双高”办公室', nameEn: 'Double High-Level Plan Office', kind: 'ADMINISTRATIVE' }, // seed 000 (English assumed)
      { code: 'DZB', name: '党政办公室', nameEn: 'Party and Administration Office', kind: 'ADMINISTRATIVE' }, // assumed (seed 000 says only “党政部门”)
      { code: 'ZZB', name: '党委组织部', nameEn: 'Organisation Department of the Party Committee', kind: 'PARTY' }, // assumed
      { code: 'XCB', name: '党委宣传部', nameEn: 'Publicity Department of the Party Committee', kind: 'PARTY' }, // assumed
      { code: 'JWC', name: '教务处', nameEn: 'Academic Affairs Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'RSC', name: '人事处', nameEn: 'Human Resources Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'KYC', name: '科研处', nameEn: 'Research Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'ZKB', name: '质量控制办公室', nameEn: 'Quality Assurance Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'GGWH', name: '公共文化服务系', nameEn: 'Department of Public Cultural Services', kind: 'ACADEMIC' }, // assumed (home of the 公共文化服务与管理 group, seed 000)
      { code: 'YYX', name: '音乐系', nameEn: 'Department of Music', kind: 'ACADEMIC' }, // assumed
      { code: 'WDX', name: '舞蹈系', nameEn: 'Department of Dance', kind: 'ACADEMIC' }, // assumed
      { code: 'MSSJ', name: '美术与设计系', nameEn: 'Department of Fine Arts and Design', kind: 'ACADEMIC' }, // assumed
    ],
  },

  // ── seed 001 ──────────────────────────────────────────────────────────────
  // Named in the plan: 组织部, 宣传部, 教工部, 教务处, the “双高计划”工作组, 各基层党委、党总支.
  {
    code: 'TJVI', // assumed (platform code)
    slug: 'tjvi',
    name: '天津职业大学', // as in seed 001; the 2019 MOE list spells it 天津市职业大学
    nameEn: 'Tianjin Vocational Institute', // assumed (English name, the school's usual one)
    province: '天津市',
    city: '天津市',
    seedFile: '001_4b8d62dc33741eac.txt',
    departments: [
      { code: 'SGB', name: '“双高计划”工作组办公室', nameEn: 'Double High-Level Plan Working Group Office', kind: 'ADMINISTRATIVE' }, // seed 001 (“双高计划”工作组); “办公室” assumed
      { code: 'DZB', name: '党委办公室（校长办公室）', nameEn: 'Party Committee and President’s Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'ZZB', name: '组织部', nameEn: 'Organisation Department', kind: 'PARTY' }, // seed 001
      { code: 'XCB', name: '宣传部', nameEn: 'Publicity Department', kind: 'PARTY' }, // seed 001
      { code: 'JGB', name: '教工部', nameEn: 'Faculty Affairs Department', kind: 'PARTY' }, // seed 001
      { code: 'JWC', name: '教务处', nameEn: 'Academic Affairs Office', kind: 'ADMINISTRATIVE' }, // seed 001
      { code: 'RSC', name: '人事处', nameEn: 'Human Resources Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'KJC', name: '科技处', nameEn: 'Science and Technology Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'ZKB', name: '质量管理办公室', nameEn: 'Quality Management Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'GJC', name: '国际交流处', nameEn: 'International Exchange Office', kind: 'ADMINISTRATIVE' }, // assumed (task 10 of seed 001: 国际化)
      { code: 'YSG', name: '眼视光工程学院', nameEn: 'School of Ophthalmic Optics Engineering', kind: 'ACADEMIC' }, // assumed (home of the 眼视光 group, seed 001)
      { code: 'BZYS', name: '包装与印刷工程学院', nameEn: 'School of Packaging and Printing Engineering', kind: 'ACADEMIC' }, // assumed (home of the 包装 group, seed 001)
    ],
  },

  // ── seed 003 ──────────────────────────────────────────────────────────────
  // Named in the feature: 马克思主义学院, 大数据与物联网学院 (标杆院系), 智能制造与交通学院 (重庆市标杆院系),
  // 土木工程学院, 财经与旅游学院, and party units (机关党总支, 教学党总支, 基建后勤党总支, 机电党支部 …).
  {
    code: 'CQVIE', // assumed (platform code)
    slug: 'cqvie',
    name: '重庆工程职业技术学院',
    nameEn: 'Chongqing Vocational Institute of Engineering', // assumed (English name, the school's usual one)
    province: '重庆市',
    city: '重庆市',
    seedFile: '003_5cc8c32935b14716.txt',
    departments: [
      { code: 'SGB', name: '“双高”建设办公室', nameEn: 'Double High-Level Plan Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'DZB', name: '党政办公室', nameEn: 'Party and Administration Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'ZZB', name: '党委组织部', nameEn: 'Organisation Department of the Party Committee', kind: 'PARTY' }, // assumed (seed 003 covers 党建联建, star-rated branches)
      { code: 'XCB', name: '党委宣传部', nameEn: 'Publicity Department of the Party Committee', kind: 'PARTY' }, // assumed
      { code: 'JWC', name: '教务处', nameEn: 'Academic Affairs Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'RSC', name: '人事处', nameEn: 'Human Resources Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'KJC', name: '科技处', nameEn: 'Science and Technology Office', kind: 'ADMINISTRATIVE' }, // assumed (patents, 889.71万 tech-service income in seed 003)
      { code: 'MKS', name: '马克思主义学院', nameEn: 'School of Marxism', kind: 'ACADEMIC' }, // seed 003
      { code: 'DSJ', name: '大数据与物联网学院', nameEn: 'School of Big Data and Internet of Things', kind: 'ACADEMIC' }, // seed 003 (English assumed)
      { code: 'ZNZZ', name: '智能制造与交通学院', nameEn: 'School of Intelligent Manufacturing and Transportation', kind: 'ACADEMIC' }, // seed 003 (English assumed)
      { code: 'TMGC', name: '土木工程学院', nameEn: 'School of Civil Engineering', kind: 'ACADEMIC' }, // seed 003 (English assumed)
      { code: 'CJLY', name: '财经与旅游学院', nameEn: 'School of Finance, Economics and Tourism', kind: 'ACADEMIC' }, // seed 003 (English assumed)
    ],
  },

  // ── seed 004 ──────────────────────────────────────────────────────────────
  // Named as 牵头部门 / 配合部门: 党政办, 组织部, 宣传部, 纪委办, 科技处, 质控办, 工会, 信息资源中心, 人事处,
  // 教务处, 学工部, 团委, 招就办, 创业学院, 马克思主义学院, 各二级学院. 质控办 leads measure 二.6
  // “全力推进‘双高’建设任务书”, so it plays the 双高办 role here.
  {
    code: 'NBPT', // assumed (platform code)
    slug: 'nbpt',
    name: '宁波职业技术学院', // as in seed 004 (2020); upgraded to 宁波职业技术大学 in 2025 (public knowledge)
    nameEn: 'Ningbo Polytechnic', // assumed (English name, the school's usual one)
    province: '浙江省',
    city: '宁波市',
    seedFile: '004_89b3b0897c723446.txt',
    departments: [
      { code: 'ZKB', name: '质控办', nameEn: 'Quality Control Office (Double High-Level Plan office)', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'DZB', name: '党政办', nameEn: 'Party and Administration Office', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'ZZB', name: '组织部', nameEn: 'Organisation Department', kind: 'PARTY' }, // seed 004
      { code: 'XCB', name: '宣传部', nameEn: 'Publicity Department', kind: 'PARTY' }, // seed 004
      { code: 'JWB', name: '纪委办', nameEn: 'Office of the Discipline Inspection Commission', kind: 'PARTY' }, // seed 004
      { code: 'JWC', name: '教务处', nameEn: 'Academic Affairs Office', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'RSC', name: '人事处', nameEn: 'Human Resources Office', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'KJC', name: '科技处', nameEn: 'Science and Technology Office', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'XGB', name: '学工部', nameEn: 'Student Affairs Department', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'TW', name: '团委', nameEn: 'Communist Youth League Committee', kind: 'PARTY' }, // seed 004
      { code: 'XXZX', name: '信息资源中心', nameEn: 'Information Resources Centre', kind: 'ADMINISTRATIVE' }, // seed 004
      { code: 'MKS', name: '马克思主义学院', nameEn: 'School of Marxism', kind: 'ACADEMIC' }, // seed 004
      { code: 'JDXY', name: '机电工程学院（海天学院）', nameEn: 'School of Mechanical and Electrical Engineering (Haitian College)', kind: 'ACADEMIC' }, // assumed (seed 004 says only “各二级学院”)
      { code: 'HGXY', name: '化学工程学院', nameEn: 'School of Chemical Engineering', kind: 'ACADEMIC' }, // assumed
    ],
  },

  // ── seed 002 ──────────────────────────────────────────────────────────────
  // The news item never names its college. What it does say: a Guangdong 省域双高 college, two campuses
  // (广州校区, 办公楼615室; 省职教城校区, 办公楼411室), 副校长吴志敏 chairs, 双高办负责人朱珍. Another item
  // from the same publisher names 副校长吴志敏 among the leaders of 广东工程职业技术学院 and calls its second
  // campus 省职教城（清远）校区, and 广东工程职业技术学院 is a Guangdong-education-department college with a
  // Guangzhou campus and a Qingyuan 省职教城 campus opened in 2021. So the college is identified as
  // 广东工程职业技术学院 (identification from outside the seed; the seed alone is consistent with it).
  {
    code: 'GDEP', // assumed (platform code)
    slug: 'gdep',
    name: '广东工程职业技术学院', // identified, see the note above
    nameEn: 'Guangdong Engineering Polytechnic', // assumed (English name, the school's usual one)
    province: '广东省',
    city: '广州市',
    campuses: ['广州校区', '省职教城（清远）校区'], // seed 002 (“清远” from the same publisher's other item)
    seedFile: '002_85e55f35b413fd10.txt',
    departments: [
      { code: 'SGB', name: '双高办', nameEn: 'Double High-Level Plan Office', kind: 'ADMINISTRATIVE' }, // seed 002
      { code: 'RLZY', name: '人力资源部', nameEn: 'Human Resources Department', kind: 'ADMINISTRATIVE' }, // seed 002
      { code: 'XGB', name: '学生工作部', nameEn: 'Student Affairs Department', kind: 'ADMINISTRATIVE' }, // seed 002
      { code: 'DZB', name: '党政办公室', nameEn: 'Party and Administration Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'ZZB', name: '党委组织部', nameEn: 'Organisation Department of the Party Committee', kind: 'PARTY' }, // assumed
      { code: 'XCB', name: '党委宣传部', nameEn: 'Publicity Department of the Party Committee', kind: 'PARTY' }, // assumed
      { code: 'JWC', name: '教务处', nameEn: 'Academic Affairs Office', kind: 'ADMINISTRATIVE' }, // assumed
      { code: 'KYC', name: '科研与社会服务处', nameEn: 'Research and Social Service Office', kind: 'ADMINISTRATIVE' }, // assumed (seed 002 key tasks: 横向项目, 社会服务, 企业捐赠)
      { code: 'JDXY', name: '机电工程学院', nameEn: 'School of Mechanical and Electrical Engineering', kind: 'ACADEMIC' }, // assumed
      { code: 'DTXY', name: '电梯工程学院', nameEn: 'School of Elevator Engineering', kind: 'ACADEMIC' }, // assumed
      { code: 'JZXY', name: '建筑工程学院', nameEn: 'School of Architectural Engineering', kind: 'ACADEMIC' }, // assumed
      { code: 'XXXY', name: '信息工程学院', nameEn: 'School of Information Engineering', kind: 'ACADEMIC' }, // assumed
      { code: 'RGZN', name: '人工智能学院', nameEn: 'School of Artificial Intelligence', kind: 'ACADEMIC' }, // assumed (清远 campus)
    ],
  },
];

// ───────────────────────────────────────────────────────────────────────────── programmes

export const programmes: DemoProgramme[] = [
  {
    // Round one of the national plan: 2019–2023, school track and specialty-group track, tiers A/B/C.
    // Seed 001 cites 《教育部 财政部关于实施中国特色高水平高职学校和专业建设计划的意见》.
    code: 'SG-2019',
    agencyCode: 'MOE',
    name: '中国特色高水平高职学校和专业建设计划（第一轮）',
    shortName: '双高计划',
    nameEn: 'Double High-Level Plan (China Specialised Higher Vocational Schools and Programmes), Round One', // assumed (English name)
    startYear: 2019,
    endYear: 2023,
    tracks: ['SCHOOL', 'SPECIALTY_GROUP'],
    tiers: ['A', 'B', 'C'],
    frequency: 'QUARTERLY', // assumed (quarterly monitoring; annual self-evaluation on top)
    dueDaysAfterPeriodEnd: 15, // assumed
    basisDocument: '《教育部 财政部关于实施中国特色高水平高职学校和专业建设计划的意见》（教职成〔2019〕5号）', // title from seed 001; number assumed
  },
  {
    // 新双高: seed 002 (Sept 2024) already briefs staff on “新双高” policy; no seed reports an enrolment.
    code: 'SG-2025',
    agencyCode: 'MOE',
    name: '新一轮中国特色高水平高职学校和专业建设计划（2025—2029年）',
    shortName: '新双高',
    nameEn: 'Double High-Level Plan, Round Two (2025–2029)', // assumed (English name)
    startYear: 2025,
    endYear: 2029,
    tracks: ['SCHOOL', 'SPECIALTY_GROUP'],
    tiers: ['A', 'B', 'C'], // assumed (mirrors round one; adjust when the tiers are published)
    frequency: 'SEMI_ANNUAL', // assumed
    dueDaysAfterPeriodEnd: 30, // assumed
  },
  {
    // Seed 000: “市级高水平学校和高水平专业群建设计划” — both tracks. Its 双高办 reports monthly (the bulletin
    // itself is monthly), which this demo uses as the municipal cadence.
    code: 'CQ-SG-2020',
    agencyCode: 'CQ-EDU',
    name: '重庆市高水平高职学校和专业建设计划（第一期）',
    shortName: '市级双高',
    nameEn: 'Chongqing Double High-Level Plan for Higher Vocational Schools and Programmes, Phase One', // assumed (English name)
    startYear: 2020, // assumed (the second phase runs 2025–2029)
    endYear: 2024, // assumed
    tracks: ['SCHOOL', 'SPECIALTY_GROUP'],
    tiers: [], // assumed (no A/B/C tiers in the municipal programme)
    frequency: 'MONTHLY', // seed 000 is a monthly 双高办 bulletin; the municipal cadence itself is assumed
    dueDaysAfterPeriodEnd: 10, // assumed
  },
  {
    // Seed 002: “省域双高”, “省域‘双高计划’建设任务年度任务完成情况” → annual reporting of task completion.
    code: 'GD-SG-2022',
    agencyCode: 'GD-EDU',
    name: '广东省省域高水平高职院校建设计划',
    shortName: '省域双高',
    nameEn: 'Guangdong Provincial Double High-Level Plan for Higher Vocational Colleges', // assumed (English name)
    startYear: 2022, // assumed (list published 2022; mid-term acceptance in 2024)
    endYear: 2026, // assumed
    tracks: ['SCHOOL', 'SPECIALTY_GROUP'], // assumed (seed 002 only shows the school-level project)
    tiers: ['建设单位', '培育单位'], // assumed
    frequency: 'ANNUAL', // seed 002 (annual task-completion report by the 双高办)
    dueDaysAfterPeriodEnd: 31, // assumed
    basisDocument: '《广东省教育厅关于公布省域高水平高等职业院校建设计划立项名单的通知》（粤教职函〔2022〕24号）', // assumed (not in the seeds)
  },
];

// ───────────────────────────────────────────────────────────────────────────── enrolments
// For a school-track institution of the national plan, its specialty groups are listed as
// SPECIALTY_GROUP enrolments carrying the school's tier.

export const enrolments: DemoEnrolment[] = [
  // 天津职业大学 — seed 001: the school's 建设方案 is for the whole 中国特色高水平高职学校和专业建设计划, its ten
  // tasks are the school-track task-book headings, and task 4 is “以眼视光和包装为引领，打造高水平专业群”
  // with “2个国家级 … 高水平专业群” → school track plus two national groups.
  { institutionCode: 'TJVI', programmeCode: 'SG-2019', track: 'SCHOOL', tier: 'A', specialtyGroup: null, enrolledOn: '2019-12-10' }, // tier and date assumed (2019 MOE/MOF list: 高水平学校 A档)
  { institutionCode: 'TJVI', programmeCode: 'SG-2019', track: 'SPECIALTY_GROUP', tier: 'A', specialtyGroup: '眼视光技术专业群', enrolledOn: '2019-12-10' }, // seed 001 says “眼视光”; full name, tier and date assumed
  { institutionCode: 'TJVI', programmeCode: 'SG-2019', track: 'SPECIALTY_GROUP', tier: 'A', specialtyGroup: '包装工程技术专业群', enrolledOn: '2019-12-10' }, // seed 001 says “包装”; full name, tier and date assumed

  // 重庆文化艺术职业学院 — seed 000: 市级高水平学校 + 公共文化服务与管理高水平专业群.
  { institutionCode: 'CQCA', programmeCode: 'CQ-SG-2020', track: 'SCHOOL', tier: null, specialtyGroup: null, enrolledOn: '2020-12-30' }, // date assumed
  { institutionCode: 'CQCA', programmeCode: 'CQ-SG-2020', track: 'SPECIALTY_GROUP', tier: null, specialtyGroup: '公共文化服务与管理专业群', enrolledOn: '2020-12-30' }, // group from seed 000; date assumed

  // 重庆工程职业技术学院 — seed 003: “国家示范性高职院校、‘双高’建设单位”; track, tier and group are not in the seed.
  { institutionCode: 'CQVIE', programmeCode: 'SG-2019', track: 'SPECIALTY_GROUP', tier: 'B', specialtyGroup: '建筑工程技术专业群', enrolledOn: '2019-12-10' }, // assumed (track, tier, group, date: recalled from the 2019 list, verify before use outside demos)

  // 宁波职业技术学院 — seed 004: “以高质量党建引领推动学校‘双高’建设走在前列”; track/tier/groups from public knowledge.
  { institutionCode: 'NBPT', programmeCode: 'SG-2019', track: 'SCHOOL', tier: 'B', specialtyGroup: null, enrolledOn: '2019-12-10' }, // assumed (高水平学校 B档, date)
  { institutionCode: 'NBPT', programmeCode: 'SG-2019', track: 'SPECIALTY_GROUP', tier: 'B', specialtyGroup: '模具设计与制造专业群', enrolledOn: '2019-12-10' }, // assumed
  { institutionCode: 'NBPT', programmeCode: 'SG-2019', track: 'SPECIALTY_GROUP', tier: 'B', specialtyGroup: '应用化工技术专业群', enrolledOn: '2019-12-10' }, // assumed

  // 广东工程职业技术学院 — seed 002: the school's 省域双高 project (“学校省域双高建设”).
  { institutionCode: 'GDEP', programmeCode: 'GD-SG-2022', track: 'SCHOOL', tier: '建设单位', specialtyGroup: null, enrolledOn: '2022-03-01' }, // tier and date assumed
];
// No 新双高 (SG-2025) enrolments: no seed document reports one (seed 002 only mentions the policy).
