// 逐级审核 and 审核流程: messages under `reporting.review.*`, `reporting.queue.*`, `reporting.chain.*`
// (merged into ./zh-CN.ts).
export const review = {
  title: '审核进度',
  hint: '各一级任务的期数据经填报人提交后逐级审核（牵头部门 → 建设组 → 双高办），全部通过后方可上报主管部门。',
  empty: '暂无审核项',
  taskCode: '任务编号',
  taskTitle: '一级任务',
  period: '填报期',
  position: '当前环节',
  state: '状态',
  updatedAt: '更新时间',
  report: '所属报告',
  openReport: '查看报告',
  positions: {
    RESPONSIBLE: '填报人',
    DEPARTMENT: '牵头部门',
    CONSTRUCTION_GROUP: '建设组',
    OFFICE: '双高办',
    DONE: '已通过',
  },
  states: {
    DRAFT: '未提交',
    IN_REVIEW: '审核中',
    RETURNED: '已退回',
    APPROVED: '已通过',
  },
  decisions: {
    SUBMIT: '提交',
    APPROVE: '通过',
    RETURN: '退回',
  },
  decided: {
    SUBMIT: '已提交“{task}”',
    APPROVE: '已通过“{task}”',
    RETURN: '已退回“{task}”',
  },
  returnTitle: '退回 · {task}',
  returnLabel: '退回原因',
  returnPlaceholder: '请说明需要修改的内容，填报人将收到通知',
};

export const queue = {
  title: '待我审核',
  description: '等待您提交、审核或退回的任务期数据',
  empty: '暂无待办审核项',
};

export const chain = {
  title: '审核流程设置',
  description: '期数据在双高办汇总前经过的校内审核环节；双高办审核始终是最后一环。',
  steps: '审核环节',
  stepNames: {
    DEPARTMENT: '牵头部门审核',
    CONSTRUCTION_GROUP: '建设组审核',
    OFFICE: '双高办审核（必选）',
  },
  order: '审核顺序：{steps}',
  reviewers: '建设组审核人',
  reviewersPlaceholder: '选择建设组成员',
  reviewersHint: '建设组环节由以上任一成员审核',
  reviewersRequired: '启用建设组审核时，请至少选择一名审核人',
  saved: '审核流程已保存',
  loadFailed: '审核流程加载失败',
};
