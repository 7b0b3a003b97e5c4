import { createApp, h } from 'vue';

createApp({ render: () => h('p', '运行管理平台') }).mount('#app');
