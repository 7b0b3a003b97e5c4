/** Chinese words for the platform's codes; dates in Asia/Shanghai. */
export const CASE_STATES = {
  reported: '待立案', registered: '已立案', dispatched: '已派遣', accepted: '处置中', resolved: '处置完成',
  verified: '已核查', closed: '已结案', rejected: '不予立案', returned: '已退回', checking: '核实中',
  deferred: '缓办中', parked: '挂账中'
}

export const ACTIONS = {
  report: '上报', open: '上报', register: '立案', dispatch: '派遣', accept: '受理', assign: '指派', resolve: '处置完成',
  verify: '核查', close: '结案', reject: '不予立案', return: '退回', reopen: '返工', escalate: '督办',
  'request-extension': '申请延期', 'grant-extension': '批准延期', 'refuse-extension': '驳回延期', rate: '评价',
  warn: '黄牌预警', overdue: '超期', 'link-report': '关联上报', reroute: '重新派遣', 'assign-department': '指定部门',
  'self-register': '立案', 'self-resolve': '自行处置', 'self-close': '结案',
  'request-check': '请求核实', confirm: '核实属实', deny: '核实不属实', 'warn-check': '核实即将到期',
  'mark-check-overdue': '核实超期', defer: '缓办', park: '挂账', resume: '恢复办理'
}

export const QUEUE_STATES = {
  pending: { text: '待同步', type: 'warning' },
  syncing: { text: '同步中', type: 'primary' },
  accepted: { text: '已上报', type: 'success' },
  failed: { text: '失败', type: 'danger' },
  done: { text: '已同步', type: 'success' }
}

const formatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
})

export function when(value) {
  if (!value) return ''
  const date = typeof value === 'number' ? new Date(value) : new Date(value)
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date)
}

/** The server's reason in plain Chinese, with the fields it named. */
export function reasonOf(error) {
  if (!error) return ''
  const fields = { 'location': '位置', 'location.lat': '纬度', 'location.lon': '经度', category: '事件类型', description: '描述',
    observedAt: '发现时间', clientReportId: '上报编号', file: '照片', note: '说明', photos: '照片',
    afterPhotos: '处置后照片', resolutionNote: '处置说明', selfResolved: '即查即办' }
  const list = (error.errors || []).map((e) => `${fields[e.field] || e.field}：${e.message}`)
  const head = error.status === 409 ? '与已上报内容冲突' : error.status === 422 ? '平台拒收' : error.status === 400 ? '内容有误' : ''
  return [head, error.message, ...list].filter(Boolean).join('；')
}
