import { defineStore } from 'pinia'
import { currentSession, login as signIn, logout as signOut } from '../sync/session.js'

export const useSession = defineStore('session', {
  state: () => ({ session: null, loaded: false, loginRequired: false }),
  getters: {
    signedIn: (s) => !!s.session && !s.loginRequired,
    grids: (s) => (s.session && s.session.grids) || [],
    username: (s) => s.session && s.session.username
  },
  actions: {
    async load() {
      this.session = await currentSession()
      this.loginRequired = !!this.session && !this.session.refreshToken && this.session.accessExpiresAt < Date.now()
      this.loaded = true
    },
    async login(username, password) {
      const answer = await signIn(username, password)
      if (answer.ok) {
        this.session = answer.session
        this.loginRequired = false
      }
      return answer
    },
    needLogin() {
      this.loginRequired = true
    },
    async logout(clearQueue) {
      await signOut({ clearQueue })
      this.session = null
      this.loginRequired = false
    }
  }
})
