// The actions a person takes on a case, per role, with the fields of their dialog. The wire
// action and the body follow docs/dispatch.md (POST /api/v1/cases/{id}/<action>).
export const ACTIONS = {
  accept: { label: '受理', role: 'DISPATCHER', type: 'primary', fields: ['note'] },
  assign: { label: '指派', role: 'DISPATCHER', fields: ['handler'] },
  resolve: { label: '办结', role: 'DISPATCHER', type: 'success', fields: ['note', 'photos'], photosLabel: '处置结果照片' },
  return: { label: '退回', role: 'DISPATCHER', type: 'warning', fields: ['reason'], reasonLabel: '退回理由' },
  'request-extension': { label: '申请延期', role: 'DISPATCHER', fields: ['workingDays', 'reason'], reasonLabel: '延期理由', when: (c) => c.extension === 'none' },
  register: { label: '立案', role: 'TOWNSHIP', type: 'primary', fields: ['note'] },
  'request-check': { label: '核实', role: 'TOWNSHIP', fields: ['note'] },
  reject: { label: '不予立案', role: 'TOWNSHIP', type: 'warning', fields: ['reason'], reasonLabel: '不予立案理由' },
  'assign-department': { label: '指定处置部门', role: 'TOWNSHIP', fields: ['department'] },
  'grant-extension': { label: '批准延期', role: 'TOWNSHIP', type: 'primary', fields: ['note'], when: (c) => c.extension === 'requested' },
  'refuse-extension': { label: '驳回延期', role: 'TOWNSHIP', type: 'warning', fields: ['reason'], reasonLabel: '驳回理由', when: (c) => c.extension === 'requested' },
  'verify-pass': { wire: 'verify', label: '核查通过', role: 'TOWNSHIP', type: 'success', fields: ['note', 'photos'], photosRequired: true, photosLabel: '核查照片', passed: true },
  // a failed check goes straight back to the department as rework (返工), so its reason is required
  'verify-fail': { wire: 'verify', label: '核查不通过', role: 'TOWNSHIP', type: 'danger', fields: ['note', 'photos'], noteRequired: true, noteLabel: '不通过原因', photosRequired: true, photosLabel: '核查照片', passed: false },
  reopen: { label: '重新办理', role: 'TOWNSHIP', type: 'warning', fields: ['reason'], reasonLabel: '重新办理理由', when: (c) => c.state === 'verified' || c.verificationFailed },
  close: { label: '结案', role: 'TOWNSHIP', type: 'success', fields: ['note'] },
  escalate: { label: '督办', role: 'TOWNSHIP', fields: ['reason'], reasonLabel: '督办意见' },
  // 缓办 / 挂账 stop the department's clock; 恢复办理 starts it again with the time it stood still added
  defer: { label: '缓办', role: 'TOWNSHIP', fields: ['reason', 'resumeOn'], reasonLabel: '缓办理由' },
  park: { label: '挂账', role: 'TOWNSHIP', fields: ['reason'], reasonLabel: '挂账理由' },
  resume: { label: '恢复办理', role: 'TOWNSHIP', type: 'primary', fields: ['note'], noteRequired: true, noteLabel: '恢复说明' },
};

/** The buttons a user of `role` gets for `kase` (the case's own `actions` say what its state allows). */
export function actionsFor(kase, role) {
  if (!kase) return [];
  const allowed = new Set(kase.actions || []);
  return Object.entries(ACTIONS)
    .filter(([key, a]) => a.role === role && allowed.has(a.wire || key) && (!a.when || a.when(kase)))
    .filter(([key]) => key !== 'assign-department' || kase.state !== 'returned' || kase.awaitingArbitration)
    .map(([key, a]) => ({ key, ...a, label: key === 'assign-department' && kase.state === 'returned' ? '仲裁（指定部门）' : a.label }));
}

/** The request body of an action from its dialog's form. */
export function bodyOf(key, form) {
  const a = ACTIONS[key];
  const text = (v) => (v && v.trim() ? v.trim() : undefined);
  switch (key) {
    case 'assign':
      return { handler: text(form.handler) };
    case 'assign-department':
      return { department: form.department || undefined };
    case 'request-extension':
      return { workingDays: form.workingDays, reason: text(form.reason) };
    case 'defer':
      return { reason: text(form.reason), resumeOn: form.resumeOn || undefined };
    case 'resolve':
      return { note: text(form.note), photos: form.photos.map((p) => p.sha256) };
    case 'verify-pass':
    case 'verify-fail':
      return { passed: a.passed, note: text(form.note), photos: form.photos.map((p) => p.sha256) };
    default:
      return a.fields.includes('reason') ? { reason: text(form.reason) } : { note: text(form.note) };
  }
}
