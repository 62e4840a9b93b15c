import type { LocalizedText } from '@dsg/contracts';

/** Bilingual messages for errors raised by the platform. Keys are stable; UI shows the text. */
export const MESSAGES = {
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please sign in' },
  sessionExpired: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  forbidden: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  notFound: { 'zh-CN': '对象不存在或无权访问', en: 'Not found or not accessible' },
  badInput: { 'zh-CN': '输入有误，请检查标出的字段', en: 'Some input is invalid; please check the marked fields' },
  conflict: { 'zh-CN': '数据冲突，请刷新后重试', en: 'Conflicting change; please reload and try again' },
  internal: { 'zh-CN': '服务器内部错误，请稍后重试', en: 'Internal error; please try again later' },
  badCredentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  accountLocked: {
    'zh-CN': '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试或联系管理员',
    en: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes or ask an administrator',
  },
  accountDisabled: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  tooManyAttempts: { 'zh-CN': '尝试过于频繁，请 {seconds} 秒后再试', en: 'Too many attempts; wait {seconds} seconds' },
  refreshReused: {
    'zh-CN': '检测到登录凭证被重复使用，已注销该会话，请重新登录',
    en: 'A used sign-in token was presented again; the session was revoked. Please sign in again',
  },
  wrongCurrentPassword: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  malformedQuery: { 'zh-CN': '请求格式错误', en: 'Malformed request' },
  queryTooComplex: { 'zh-CN': '查询过于复杂：{detail}', en: 'Query too complex: {detail}' },
  required: { 'zh-CN': '必填', en: 'Required' },
  tooLong: { 'zh-CN': '不能超过 {max} 个字符', en: 'At most {max} characters' },
  tooShort: { 'zh-CN': '至少 {min} 个字符', en: 'At least {min} characters' },
  invalidFormat: { 'zh-CN': '格式不正确', en: 'Invalid format' },
  invalidId: { 'zh-CN': 'ID 格式不正确', en: 'Malformed id' },
  periodOverlap: {
    'zh-CN': '与已填报的期间 {period} 重叠，同一时段不能按不同周期重复填报',
    en: 'Overlaps the already reported period {period}; the same time cannot be reported twice at different granularities',
  },
  invalidCursor: { 'zh-CN': '分页游标无效', en: 'Invalid pagination cursor' },
  outOfRange: { 'zh-CN': '应在 {min} 到 {max} 之间', en: 'Must be between {min} and {max}' },
  weakPassword: {
    'zh-CN': '密码至少 10 位，且包含字母和数字',
    en: 'Passwords need at least 10 characters with letters and digits',
  },
  duplicate: { 'zh-CN': '该值已被使用', en: 'This value is already in use' },
  roleOrganisationMismatch: {
    'zh-CN': '该角色不能授予此类组织',
    en: 'This role cannot be granted in this kind of organisation',
  },
  lastAdmin: { 'zh-CN': '不能撤销最后一位双高办管理员', en: 'The last institution admin cannot be revoked' },
  taskBookLocked: {
    'zh-CN': '任务书已批准，调整任务、指标或预算请提交任务书调整申请',
    en: 'The task book is approved: change tasks, indicators or budgets through a change request',
  },
  treeMaxDepth: { 'zh-CN': '建设任务最多三级（一级任务、二级任务、举措）', en: 'Tasks go at most three levels deep' },
  treeCycle: { 'zh-CN': '不能把任务移到它自己或它的下级任务之下', en: 'A task cannot move under itself or one of its subtasks' },
  treeStale: { 'zh-CN': '任务树已被他人修改，请刷新后重试', en: 'The task tree changed meanwhile; reload and try again' },
  taskHasProgress: {
    'zh-CN': '该任务（或其下级任务）已有填报数据或资金记录，不能删除',
    en: 'This task (or a subtask) has reported actuals or fund records and cannot be deleted',
  },
  notMember: { 'zh-CN': '所选人员不属于本院校', en: 'The selected person is not a member of this institution' },
  versionPending: { 'zh-CN': '已有待审核的版本，请等待主管部门审核', en: 'A version is already awaiting the agency’s decision' },
  versionNotPending: { 'zh-CN': '该版本不在待审核状态', en: 'This version is not awaiting a decision' },
  emptyTaskBook: { 'zh-CN': '任务书中还没有建设任务', en: 'The task book has no tasks yet' },
  fileTypeNotAllowed: {
    'zh-CN': '不支持的文件类型（仅限 PDF、图片和 Office 文档），或文件内容与扩展名不符',
    en: 'File type not allowed (PDF, images and Office documents only), or the content does not match the extension',
  },
  fileTooLarge: { 'zh-CN': '文件超过 {limit} 上限', en: 'The file exceeds the {limit} limit' },
  noChangeRequest: {
    'zh-CN': '任务书已批准：请先导入调整后的任务书工作簿，生成调整申请',
    en: 'The task book is approved: import the changed workbook first to draft a change request',
  },
  csvRow: { 'zh-CN': '第 {row} 行：{message}', en: 'Row {row}: {message}' },
  periodFrozen: {
    'zh-CN': '{period} 的报告已被受理，该期及以前的数据已冻结；如需更正，请发起更正版本',
    en: 'The report for {period} has been accepted and data up to that period is frozen; start a correction revision instead',
  },
  reportNotEditable: { 'zh-CN': '报告当前状态（{state}）下不能修改', en: 'The report cannot be changed in its current state ({state})' },
  transitionNotAllowed: { 'zh-CN': '报告当前状态（{state}）下不能执行此操作', en: 'This action is not possible while the report is {state}' },
  staleReport: { 'zh-CN': '报告已被他人处理（当前状态：{state}），请刷新后重试', en: 'Someone else acted on this report first (now {state}); reload and try again' },
  reviewItemsPending: { 'zh-CN': '还有 {count} 项任务未通过校内审核，不能上报', en: '{count} task(s) have not passed the institution\'s review yet; the report cannot be submitted' },
  reviewStale: { 'zh-CN': '该任务已被他人处理（当前：{state}），请刷新后重试', en: 'Someone else acted on this task first (now {state}); reload and try again' },
  periodNotOpen: { 'zh-CN': '填报期 {period} 尚未开放', en: 'Reporting period {period} is not open yet' },
  exportNotSubmitted: { 'zh-CN': '报告尚未报送主管部门，暂不能导出国家平台数据', en: 'The report has not been submitted to the agency yet; there is nothing to export' },
  correctionNotAllowed: { 'zh-CN': '只有已受理的报告可以发起更正', en: 'Only an accepted report can be corrected' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

export function localize(key: MessageKey, params: Record<string, string | number> = {}): LocalizedText {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  const m = MESSAGES[key];
  return { 'zh-CN': fill(m['zh-CN']), en: fill(m.en) };
}
