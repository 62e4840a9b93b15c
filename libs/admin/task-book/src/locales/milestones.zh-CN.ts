// 节点目标: messages under `taskBook.milestones.*` (merged into ./zh-CN.ts).
const milestones = {
  title: '节点目标',
  hint: '节点目标随任务书草稿编制；任务书批准后仍可登记完成情况并上传完成佐证。',
  locked: '任务书已批准，增删节点目标须通过任务书调整申请',
  empty: '暂无节点目标',
  add: '新增节点目标',
  addTitle: '新增节点目标 · {task}',
  fields: {
    title: '节点目标',
    deliverable: '交付成果',
    dueDate: '计划完成日期',
    status: '状态',
    completion: '完成情况',
    completedAt: '实际完成日期',
    note: '完成说明',
  },
  deliverablePlaceholder: '如：调研报告、管理制度、验收材料',
  notePlaceholder: '可不填，如完成的主要内容、佐证材料说明',
  added: '已新增节点目标“{title}”',
  complete: '登记完成',
  completeTitle: '登记完成 · {title}',
  completed: '节点目标“{title}”已完成',
  completedOn: '{date} 完成',
  delete: '删除',
  deleteConfirm: '确定删除节点目标“{title}”（计划完成日期 {date}）吗？',
  deleted: '已删除节点目标“{title}”',
  evidence: '完成佐证',
  evidenceEmpty: '暂无完成佐证材料',
};

export default milestones;
