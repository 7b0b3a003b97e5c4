// Every page of the console is a route here. `meta.menu` puts it in the side menu (under
// `meta.group`), `meta.roles` says who may open it; the menu shows only what the user's role may open.
// Hash history (/console/#/cases/…) keeps deep links on the one index.html the platform serves.
import { createRouter, createWebHashHistory } from 'vue-router';
import { useSessionStore } from '@/stores/session';
import ConsoleLayout from '@/layout/ConsoleLayout.vue';
import LoginView from '@/views/LoginView.vue';

const CASE_ROLES = ['DISPATCHER', 'TOWNSHIP', 'ADMIN', 'REFORM_OFFICE'];
const REFORM = ['REFORM_OFFICE', 'ADMIN'];
const ADMIN = ['ADMIN'];

export const routes = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: ConsoleLayout,
    children: [
      { path: '', name: 'home', component: { render: () => null } },
      {
        path: 'cases',
        name: 'inbox',
        component: () => import('@/views/cases/InboxView.vue'),
        meta: { title: '待办案件', menu: '待办案件', icon: 'Tickets', group: '案件办理', roles: CASE_ROLES },
      },
      {
        path: 'cases/:id',
        name: 'case',
        component: () => import('@/views/cases/CaseDetailView.vue'),
        props: true,
        meta: { title: '案件详情', roles: CASE_ROLES },
      },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('@/views/dashboard/DashboardView.vue'),
        meta: { title: '驾驶舱', menu: '镇街驾驶舱', icon: 'DataAnalysis', group: '统计分析', roles: CASE_ROLES },
      },
      // 改革举措 (reform office): src/views/reform/
      {
        path: 'reform/measures',
        name: 'reform-measures',
        component: () => import('@/views/reform/MeasuresView.vue'),
        meta: { title: '改革举措', menu: '改革举措', icon: 'Collection', group: '改革举措', roles: REFORM },
      },
      {
        path: 'reform/rounds',
        name: 'reform-rounds',
        component: () => import('@/views/reform/RoundsView.vue'),
        meta: { title: '评选轮次', menu: '评选轮次', icon: 'Trophy', group: '改革举措', roles: REFORM },
      },
      {
        path: 'reform/supervision',
        name: 'reform-supervision',
        component: () => import('@/views/reform/SupervisionView.vue'),
        meta: { title: '月度督查排名', menu: '督查排名', icon: 'Histogram', group: '改革举措', roles: REFORM },
      },
      {
        path: 'reform/work-method',
        name: 'reform-work-method',
        component: () => import('@/views/reform/WorkMethodView.vue'),
        meta: { title: '六个一工作法', menu: '六个一', icon: 'Calendar', group: '改革举措', roles: REFORM },
      },
      {
        path: 'reform/evaluations',
        name: 'reform-evaluations',
        component: () => import('@/views/reform/EvaluationsView.vue'),
        meta: { title: '年度专家评审', menu: '专家评审', icon: 'Medal', group: '改革举措', roles: REFORM },
      },
      {
        path: 'reform/sites',
        name: 'reform-sites',
        component: () => import('@/views/reform/SitesView.vue'),
        meta: { title: '示范点', menu: '示范点', icon: 'Location', group: '改革举措', roles: REFORM },
      },
      // 系统管理 (admin): src/views/admin/
      {
        path: 'admin/users',
        name: 'admin-users',
        component: () => import('@/views/admin/UsersView.vue'),
        meta: { title: '用户管理', menu: '用户管理', icon: 'User', group: '系统管理', roles: ADMIN },
      },
      {
        path: 'admin/rules',
        name: 'admin-rules',
        component: () => import('@/views/admin/RulesView.vue'),
        meta: { title: '分拨规则', menu: '分拨规则', icon: 'Share', group: '系统管理', roles: ADMIN },
      },
      {
        path: 'admin/grids',
        name: 'admin-grids',
        component: () => import('@/views/admin/GridImportView.vue'),
        meta: { title: '网格导入', menu: '网格导入', icon: 'Upload', group: '系统管理', roles: ADMIN },
      },
      {
        path: 'admin/outbox',
        name: 'admin-outbox',
        component: () => import('@/views/admin/OutboxView.vue'),
        meta: { title: '滞留消息', menu: '滞留消息', icon: 'Message', group: '系统管理', roles: ADMIN },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('@/views/ForbiddenView.vue'),
        meta: { title: '无权访问' },
      },
    ],
  },
  { path: '/:rest(.*)*', redirect: { name: 'home' } },
];

/** The first page a role lands on. */
export function homeOf(role) {
  if (role === 'REFORM_OFFICE') return { name: 'reform-measures' };
  if (role === 'ADMIN') return { name: 'admin-users' };
  if (role === 'DISPATCHER' || role === 'TOWNSHIP') return { name: 'inbox' };
  return { name: 'forbidden' };
}

const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach((to) => {
  const session = useSessionStore();
  if (to.meta.public) return true;
  if (!session.loggedIn) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  if (to.name === 'home') return homeOf(session.role);
  if (to.meta.roles && !to.meta.roles.includes(session.role)) return { name: 'forbidden' };
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title ? to.meta.title + ' · ' : ''}网格化治理运行管理平台`;
});

export default router;
