import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/dist/index.css';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import App from './App.vue';
import router from './router';

const app = createApp(App);
app.use(createPinia()).use(router);
app.mount('#app');
