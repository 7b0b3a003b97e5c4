// Chinese names of the reform register's codes (docs/registry.md), shared by the 改革举措 pages.
export const STAGES = [
  { code: 'nominating', name: '推荐申报', action: '开始互评' },
  { code: 'mutual-evaluation', name: '单位互评', action: '开始群众投票' },
  { code: 'public-voting', name: '群众投票', action: '生成初选名单，征求意见（一上）' },
  { code: 'consultation-1-up', name: '一上：征求意见', action: '反馈意见（一下）' },
  { code: 'consultation-1-down', name: '一下：反馈修改', action: '再次报送（二上）' },
  { code: 'consultation-2-up', name: '二上：再次报送', action: '确定最终名单（二下）' },
  { code: 'final', name: '二下：最终名单', action: '发布' },
  { code: 'published', name: '已发布', action: null },
];

export const stageName = (code) => STAGES.find((s) => s.code === code)?.name || code || '—';
export const stageIndex = (code) => STAGES.findIndex((s) => s.code === code);
export const isConsultation = (code) => code?.startsWith('consultation-');

export const MEASURE_STATUS = {
  nominated: { name: '候选', tag: 'info' },
  selected: { name: '已入选', tag: 'success' },
  promoting: { name: '推广中', tag: 'primary' },
  promoted: { name: '已推广', tag: 'success' },
  retired: { name: '已停止', tag: 'info' },
};

/** The statuses an office may set by hand (selection happens only through a round's final list). */
export const SETTABLE_STATUS = ['promoting', 'promoted', 'retired'];

export const DOMAINS = {
  governance: '基层治理',
  economy: '经济发展',
  environment: '生态环境',
  safety: '安全生产',
  health: '医疗卫生',
  education: '教育',
  employment: '就业创业',
  'elderly-care': '养老服务',
  'social-security': '社会保障',
};
export const domainName = (code) => DOMAINS[code] || code;

/**
 * Zibo and its districts, the units that lead, adopt and are supervised: the city and district rows of
 * src/main/resources/reference/zibo-divisions.csv (GB/T 2260 codes), which the registry reads on the server.
 */
export const DISTRICTS = [
  { code: '370300', name: '淄博市' },
  { code: '370302', name: '淄川区' },
  { code: '370303', name: '张店区' },
  { code: '370304', name: '博山区' },
  { code: '370305', name: '临淄区' },
  { code: '370306', name: '周村区' },
  { code: '370321', name: '桓台县' },
  { code: '370322', name: '高青县' },
  { code: '370323', name: '沂源县' },
];
export const districtName = (code) => DISTRICTS.find((d) => d.code === code)?.name || code;

export const NOMINATOR_KINDS = { district: '区县', 'task-group': '专项小组' };

export const NOTICE_KINDS = [
  { code: 'prompt', name: '提示单', field: 'prompts' },
  { code: 'assignment', name: '交办单', field: 'assignments' },
  { code: 'urging', name: '催办单', field: 'urgings' },
  { code: 'order', name: '责令书', field: 'orders' },
];

export const CRITERIA = [
  { code: 'innovation', name: '创新程度' },
  { code: 'voluntariness', name: '自愿程度' },
  { code: 'benefit', name: '效益程度' },
  { code: 'importance', name: '重要程度' },
  { code: 'economy', name: '节约程度' },
  { code: 'transferability', name: '推广程度' },
];

export const SITE_KINDS = { star: '七星（示范星）', point: '九点（示范点）' };

/** "2026-11" in Asia/Shanghai, the month before the current one. */
export function lastMonth(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(now);
  let year = Number(parts.find((p) => p.type === 'year').value);
  let month = Number(parts.find((p) => p.type === 'month').value) - 1;
  if (month === 0) {
    month = 12;
    year -= 1;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The "六个一" work method (docs/registry.md): what each activity records here, the labels of its
 * form, and which of 区县 / 举措 it must name. 排名 has no record of its own: it is the monthly
 * supervision ranking (督查排名).
 */
export const WORK_ACTIVITIES = {
  scheduling: { name: '调度', hint: '月度调度会：时间、议题、决定事项，可关联举措或区县', title: '会议名称', summary: '决定事项' },
  inspection: { name: '督察', hint: '对区县推进工作的实地督察：区县、时间、督察发现', title: '督察事项', summary: '督察发现', district: 'required' },
  ranking: { name: '排名', hint: '由各区县台账督查记录自动计算的月度督查排名，不单独登记' },
  notice: { name: '通报', hint: '向区县下发的“三单一书”：提示单、交办单、催办单、责令书', title: '通报标题', summary: '通报内容', district: 'required', noticeKind: true },
  publicity: { name: '宣传', hint: '宣传推广：标题、时间、内容摘要，可关联所推广的举措', title: '宣传标题', summary: '内容摘要' },
  consultation: { name: '会诊', hint: '对推进滞后的区县或举措会诊：对象、时间、议定的整改措施', title: '会诊主题', summary: '议定措施', district: 'either' },
};

