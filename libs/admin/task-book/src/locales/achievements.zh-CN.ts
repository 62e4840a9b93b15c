// 标志性成果: messages under `taskBook.achievements.*` (merged into ./zh-CN.ts).
const achievements = {
  menu: '标志性成果',
  title: '标志性成果',
  description: '本校建设期内取得的标志性成果，按年度与级别统计（项 = 类别数，个 = 成果数）',
  counts: '成果统计',
  countsEmpty: '暂无统计',
  yearLabel: '{year} 年',
  filterYear: '年度',
  filterLevel: '级别',
  allYears: '全部年度',
  allLevels: '全部级别',
  add: '新增成果',
  addTitle: '新增标志性成果',
  editTitle: '编辑标志性成果',
  edit: '编辑',
  delete: '删除',
  empty: '暂无标志性成果',
  fields: {
    title: '成果名称',
    level: '级别',
    category: '类别',
    awardedOn: '获得日期',
    awardingBody: '授予单位',
    quantity: '数量（个）',
    caseWriteUp: '典型案例',
  },
  categoryHint: '如：教学成果奖、技能大赛、精品课程',
  caseWriteUpHint: '省部级及以上成果须填写不少于 {min} 字的典型案例',
  caseWriteUpCount: '{count} / {min} 字',
  caseWriteUpTooShort: '典型案例不少于 {min} 字（当前 {count} 字）',
  saved: '已保存成果 {title}',
  deleted: '已删除成果 {title}',
  deleteConfirm: '确定删除成果“{title}”吗？删除后不可恢复。',
  levels: {
    NATIONAL: '国家级',
    PROVINCIAL: '省部级',
    MUNICIPAL: '市级',
    SCHOOL: '校级',
  },
};

export default achievements;
export type AchievementMessages = typeof achievements;
