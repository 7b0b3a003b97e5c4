// Who is logged in, with which tokens. Kept in localStorage so a reload keeps the session; the
// access token's claims (roles, scope, expiry) are read from the JWT itself.
import { defineStore } from 'pinia';
import { api } from '@/api/client';
import { ROLE_NAMES } from '@/labels';

const KEY = 'gridgov.console.session';

function claimsOf(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return {};
  }
}

function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) || {};
  } catch {
    return {};
  }
}

export const useSessionStore = defineStore('session', {
  state: () => ({
    accessToken: null,
    refreshToken: null,
    username: null,
    roles: [],
    scope: [],
    expired: false, // set when the platform no longer accepts the session; the router then shows the login page
    ...load(),
  }),
  getters: {
    loggedIn: (s) => !!s.accessToken,
    role: (s) => s.roles[0] || null,
    roleName: (s) => ROLE_NAMES[s.roles[0]] || s.roles[0] || '',
    hasRole: (s) => (...any) => any.some((r) => s.roles.includes(r)),
  },
  actions: {
    async login(username, password) {
      const { data } = await api('POST', '/login', { body: { username, password, device: 'console' }, anonymous: true });
      this.accept(data);
    },
    accept(tokens) {
      const claims = claimsOf(tokens.access_token);
      this.accessToken = tokens.access_token;
      if (tokens.refresh_token) this.refreshToken = tokens.refresh_token;
      this.username = tokens.username || claims.sub || this.username;
      this.roles = tokens.roles || claims.roles || [];
      this.scope = Array.isArray(claims.scope) ? claims.scope : claims.scope ? [claims.scope] : [];
      this.expired = false;
      this.save();
    },
    /** One refresh at a time; true when a new access token was obtained. */
    refresh() {
      if (!this.refreshToken) return Promise.resolve(false);
      if (!this._refreshing) {
        this._refreshing = api('POST', '/oauth/access_token', {
          body: { grant_type: 'refresh_token', refresh_token: this.refreshToken },
          anonymous: true,
        })
          .then(({ data }) => {
            this.accept(data);
            return true;
          })
          .catch(() => false)
          .finally(() => {
            this._refreshing = null;
          });
      }
      return this._refreshing;
    },
    async logout() {
      if (this.accessToken) {
        await api('POST', '/logout', { raw: true, noRefresh: true }).catch(() => {});
      }
      this.clear();
    },
    /** The platform refused the session: forget it and let the router ask for a login. */
    expire() {
      this.clear();
      this.expired = true;
    },
    clear() {
      this.accessToken = null;
      this.refreshToken = null;
      this.username = null;
      this.roles = [];
      this.scope = [];
      localStorage.removeItem(KEY);
    },
    save() {
      const { accessToken, refreshToken, username, roles, scope } = this;
      localStorage.setItem(KEY, JSON.stringify({ accessToken, refreshToken, username, roles, scope }));
    },
  },
});
