import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import * as Icons from '@element-plus/icons-vue';
import 'element-plus/dist/index.css';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import App from './App.vue';
import router from './router';

const app = createApp(App);
for (const [name, component] of Object.entries(Icons)) app.component(name, component);
app.use(createPinia()).use(router).use(ElementPlus, { locale: zhCn });
app.mount('#app');
