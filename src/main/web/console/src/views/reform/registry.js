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
