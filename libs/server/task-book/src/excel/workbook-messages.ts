import type { LocalizedText } from '@dsg/contracts';

/** Names a column or field in messages: 「任务名称」 / Title. */
export interface Named {
  zh: string;
  en: string;
}

type Value = string | number;

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Import problems, in both languages. Values from the file are quoted as the user wrote them. */
export const MSG = {
  unreadable: () =>
    t('无法读取文件：请上传 Excel 工作簿（.xlsx），可先下载模板', 'The file cannot be read: upload an Excel workbook (.xlsx), for example the downloadable template'),
  tooLarge: (maxMb: number) => t(`文件超过 ${maxMb} MB`, `The file is larger than ${maxMb} MB`),
  tooLargeUnzipped: (maxMb: number) => t(`文件解压后超过 ${maxMb} MB`, `The file unpacks to more than ${maxMb} MB`),
  notTaskBook: (found: Value) =>
    t(`不是本平台的任务书工作簿，或版式版本不受支持（需要版本 1，文件中为「${found}」）；请下载最新模板`,
      `Not a task-book workbook of this platform, or an unsupported layout version (expected 1, the file has "${found}"); download the current template`),
  metaMissing: () =>
    t('缺少隐藏的工作表「_meta」（版式版本信息）：请在平台下载的模板或导出文件中填写',
      'The hidden sheet "_meta" (layout version) is missing: fill in the template or an export downloaded from the platform'),
  missingSheet: (name: string) => t(`缺少工作表「${name}」`, `The sheet "${name}" is missing`),
  duplicateSheet: (name: string) => t(`工作表「${name}」出现了两次`, `The sheet "${name}" appears twice`),
  tooManyRows: (max: number) => t(`工作表超过 ${max} 行数据`, `The sheet has more than ${max} data rows`),
  missingColumn: (header: string) => t(`缺少列「${header}」`, `The column "${header}" is missing`),
  duplicateColumn: (header: string) => t(`列「${header}」出现了两次`, `The column "${header}" appears twice`),
  unknownColumn: (header: string) => t(`无法识别的列「${header}」，请勿修改表头`, `Unrecognised column "${header}": keep the template's headers`),
  yearColumnOutside: (year: number, start: number, end: number) =>
    t(`${year} 年不在建设期 ${start}–${end} 年内`, `The year ${year} is outside the programme years ${start}–${end}`),

  required: (c: Named) => t(`「${c.zh}」为必填项`, `${c.en} is required`),
  tooLong: (c: Named, max: number) => t(`「${c.zh}」不能超过 ${max} 个字符`, `${c.en} must be at most ${max} characters`),
  cellError: (c: Named, error: string) => t(`「${c.zh}」单元格是错误值 ${error}`, `${c.en}: the cell holds the error ${error}`),
  notText: (c: Named, value: Value) =>
    t(`「${c.zh}」须为文本：单元格中是数字或日期 ${value}（Excel 会把 1.10 改写为 1.1），请把该列设为文本格式后重新填写`,
      `${c.en} must be text: the cell holds the number or date ${value} (Excel turns 1.10 into 1.1); format the column as Text and enter it again`),
  notNumber: (c: Named, value: Value) => t(`「${c.zh}」应为数字，单元格中为「${value}」`, `${c.en} must be a number, the cell holds "${value}"`),
  notDate: (c: Named, value: Value) =>
    t(`「${c.zh}」应为日期（Excel 日期或 YYYY-MM-DD），单元格中为「${value}」`,
      `${c.en} must be a date (an Excel date or YYYY-MM-DD), the cell holds "${value}"`),
  notYear: (c: Named, value: Value) => t(`「${c.zh}」应为四位数年份，单元格中为「${value}」`, `${c.en} must be a four-digit year, the cell holds "${value}"`),
  negative: (c: Named) => t(`「${c.zh}」不能为负数`, `${c.en} must not be negative`),
  unknownLabel: (c: Named, value: string, allowedZh: string, allowedEn: string) =>
    t(`「${c.zh}」的值「${value}」无效，可选：${allowedZh}`, `"${value}" is not a valid ${c.en}; use one of: ${allowedEn}`),
  yearOutside: (year: number, start: number, end: number) =>
    t(`年份 ${year} 不在建设期 ${start}–${end} 年内`, `The year ${year} is outside the programme years ${start}–${end}`),
  dateOutside: (c: Named, date: string, start: number, end: number) =>
    t(`「${c.zh}」${date} 不在建设期 ${start}–${end} 年内`, `${c.en} ${date} is outside the programme years ${start}–${end}`),
  endBeforeStart: () => t('结束日期早于开始日期', 'The end date is before the start date'),

  badTaskCode: (value: string) =>
    t(`任务编号「${value}」格式不正确，应为 1、1.2 或 1.2.3`, `The task code "${value}" is malformed: use 1, 1.2 or 1.2.3`),
  duplicateTask: (code: string, first: number) =>
    t(`任务编号「${code}」重复（第 ${first} 行已使用）`, `The task code "${code}" is used twice (first in row ${first})`),
  missingParent: (code: string, parent: string) =>
    t(`任务「${code}」的上级任务「${parent}」不在「任务」表中`, `The parent "${parent}" of task "${code}" is not on the Tasks sheet`),
  unknownTask: (code: string) => t(`任务编号「${code}」不在「任务」表中`, `The task code "${code}" is not on the Tasks sheet`),
  duplicateIndicator: (code: string, first: number) =>
    t(`指标编号「${code}」重复（第 ${first} 行已使用）`, `The indicator code "${code}" is used twice (first in row ${first})`),
  unknownDepartment: (code: string) => t(`部门编码「${code}」不存在`, `Unknown department code "${code}"`),
  repeatedDepartment: (code: string) => t(`部门编码「${code}」重复填写`, `The department code "${code}" is listed twice`),
  unknownUser: (username: string) => t(`用户名「${username}」不存在`, `Unknown username "${username}"`),
  finalTargetRequired: () => t('定量指标须填写终期目标', 'A quantitative indicator needs a final target'),
  yearlyTargetsRequired: () => t('定量指标须至少填写一个年度目标', 'A quantitative indicator needs at least one yearly target'),
  qualitativeWithTarget: () => t('定性指标不填年度目标', 'A qualitative indicator has no yearly targets'),
  duplicateBudget: (task: string, sourceZh: string, sourceEn: string, year: number, first: number) =>
    t(`任务「${task}」${year} 年「${sourceZh}」预算重复（第 ${first} 行已填写）`,
      `Budget of task "${task}" from ${sourceEn} for ${year} is given twice (first in row ${first})`),
} as const;
