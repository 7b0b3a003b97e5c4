import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'vant/lib/index.css'
import 'leaflet/dist/leaflet.css'
import './style.css'
import App from './App.vue'

createApp(App).use(createPinia()).mount('#app')

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch((e) => console.warn('no service worker', e))
}
