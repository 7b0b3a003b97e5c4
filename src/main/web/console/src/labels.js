// Chinese names of the platform's codes, and the formats the console shows (Asia/Shanghai).
export const ROLE_NAMES = {
  ADMIN: '系统管理员',
  DISPATCHER: '处置部门',
  TOWNSHIP: '镇街指挥中心',
  REFORM_OFFICE: '改革办',
  WORKER: '网格员',
};

export const STATE_NAMES = {
  reported: '待立案',
  registered: '已立案',
  dispatched: '待受理',
  accepted: '处置中',
  resolved: '待核查',
  verified: '待结案',
  closed: '已结案',
  rejected: '不予立案',
  returned: '已退回',
  checking: '核实中',
  deferred: '缓办中',
  parked: '挂账中',
};

export const STATE_TAGS = {
  reported: 'warning',
  registered: 'primary',
  dispatched: 'primary',
  accepted: 'primary',
  resolved: 'warning',
  verified: 'success',
  closed: 'info',
  rejected: 'info',
  returned: 'danger',
  checking: 'warning',
  deferred: 'info',
  parked: 'info',
};

/** Timeline and button names of the actions (wire names as in /api/v1/cases/{id}/<action>). */
export const ACTION_NAMES = {
  open: '上报',
  register: '立案',
  reject: '不予立案',
  dispatch: '派遣',
  'assign-department': '指定处置部门',
  accept: '受理',
  assign: '指派',
  resolve: '办结',
  return: '退回',
  reroute: '重新派遣',
  'await-arbitration': '待镇街仲裁',
  'request-extension': '申请延期',
  'grant-extension': '批准延期',
  'refuse-extension': '驳回延期',
  verify: '核查通过',
  'fail-verification': '核查不通过',
  reopen: '重新办理',
  close: '结案',
  rate: '评价',
  escalate: '督办',
  warn: '黄牌预警',
  'mark-overdue': '红牌超期',
  'link-report': '关联上报',
  'self-register': '立案',
  'self-resolve': '自行处置',
  'self-close': '结案',
  'request-check': '请求核实',
  confirm: '核实属实',
  deny: '核实不属实',
  'warn-check': '核实即将到期',
  'mark-check-overdue': '核实超期',
  defer: '缓办',
  park: '挂账',
  resume: '恢复办理',
};

export const CHECK_NAMES = { requested: '核实中', confirmed: '网格员核实：属实', denied: '网格员核实：不属实' };

export const WARNING_NAMES = { none: '正常', yellow: '即将到期', red: '已超期' };
/** The clock that runs on a case: the department's, then the township's own (docs/dispatch.md). */
export const PHASE_NAMES = { handling: '处置时限', verification: '核查时限', closing: '结案时限' };
export const ESCALATION_NAMES = { none: '无', township: '镇街督办', district: '区县督办' };
export const EXTENSION_NAMES = { none: '未申请', requested: '延期待审批', granted: '已批准延期', refused: '延期被驳回' };
export const SOURCE_NAMES = { worker: '网格员上报', citizen: '群众上报', open311: '群众上报', hotline: '热线' };
export const PRIORITY_NAMES = { normal: '一般', urgent: '紧急' };

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 2026-12-01 14:05 in Asia/Shanghai, whatever the browser's zone. */
export function formatTime(instant) {
  if (!instant) return '—';
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai() {
  return formatTime(new Date()).slice(0, 10);
}

/** "还剩 3 小时" / "超期 2 天" for a deadline. */
export function timeLeft(deadline, now = Date.now()) {
  if (!deadline) return '';
  const ms = new Date(deadline).getTime() - now;
  const abs = Math.abs(ms);
  const text = abs >= 86400000 ? `${Math.floor(abs / 86400000)} 天` : abs >= 3600000 ? `${Math.floor(abs / 3600000)} 小时` : `${Math.max(1, Math.floor(abs / 60000))} 分钟`;
  return ms >= 0 ? `还剩 ${text}` : `超期 ${text}`;
}

export function percent(value) {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}
