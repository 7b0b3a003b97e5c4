/* 镇街驾驶舱: plain JavaScript, no build step, no CDN. Everything it shows comes from /api/v1/stats. */
(function () {
  'use strict';

  var METRICS = [
    ['on_time_close_rate', '按期结案率', true, true], ['close_rate', '结案率', true, true],
    ['disposal_rate', '处置率', true, true], ['satisfaction_rate', '满意率', true, true],
    ['reported', '上报数', false, false], ['due', '应结案数', false, false],
    ['overdue_now', '当前超期数', false, false], ['return_rate', '回退率', true, false],
    ['rework_rate', '返工率', true, false], ['mean_hours_to_close', '平均结案时长(小时)', false, false]
  ]; // [api name, label, is a rate, higher is better]
  var REFRESH_MS = Number(new URLSearchParams(location.search).get('refresh') || 60) * 1000;
  var token = sessionStorage.getItem('gridgov.token');
  var map, gridLayer, markerLayer, tileUrl = '', refreshTimer;

  function $(id) { return document.getElementById(id); }

  // access tokens last 15 minutes: on a 401 the session's refresh token buys the next pair, once
  var refreshing = null;
  function refreshTokens() {
    var refreshToken = sessionStorage.getItem('gridgov.refresh');
    if (!refreshToken) { return Promise.reject(new Error('登录已过期')); }
    if (!refreshing) {
      refreshing = fetch('/oauth/access_token', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: refreshToken })
      }).then(function (r) {
        if (!r.ok) { throw new Error('登录已过期'); }
        return r.json();
      }).then(function (body) { keep(body); }).finally(function () { refreshing = null; });
    }
    return refreshing;
  }

  function keep(body) {
    token = body.access_token;
    sessionStorage.setItem('gridgov.token', token);
    sessionStorage.setItem('gridgov.refresh', body.refresh_token);
  }

  function authorized(path, accept, retried) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: accept || 'application/json' } }).then(function (r) {
      if (r.status === 401 && !retried) {
        return refreshTokens().then(function () { return authorized(path, accept, true); });
      }
      return r;
    });
  }

  function api(path, accept) {
    return authorized(path, accept).then(function (r) {
      if (r.status === 401) { logout(); throw new Error('登录已过期'); }
      if (!r.ok) { return r.json().then(function (p) { throw new Error(p.detail || r.statusText); }, function () { throw new Error(r.statusText); }); }
      return r.json();
    });
  }

  function pct(v) { return v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%'; }
  function num(v) { return v === null || v === undefined ? '—' : String(v); }
  function fmt(metric, v) {
    if (v === null || v === undefined) { return '—'; }
    if (metric[2]) { return pct(v); }
    return metric[0] === 'mean_hours_to_close' ? v.toFixed(1) : String(Math.round(v));
  }
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }

  function login(event) {
    event.preventDefault();
    $('login-error').textContent = '';
    fetch('/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: $('username').value, password: $('password').value, device: '驾驶舱 ' + navigator.userAgent.slice(0, 80) })
    }).then(function (r) {
      if (!r.ok) { throw new Error('用户名或密码错误'); }
      return r.json();
    }).then(function (body) {
      keep(body);
      sessionStorage.setItem('gridgov.user', body.username || $('username').value);
      start();
    }).catch(function (e) { $('login-error').textContent = e.message; });
  }

  function logout() {
    if (token) {
      fetch('/logout', { method: 'POST', headers: { Authorization: 'Bearer ' + token } }).catch(function () {});
    }
    sessionStorage.removeItem('gridgov.token');
    sessionStorage.removeItem('gridgov.refresh');
    token = null;
    clearInterval(refreshTimer);
    $('dashboard').hidden = true;
    $('logout').hidden = true;
    $('login-panel').hidden = false;
  }

  function start() {
    $('login-panel').hidden = true;
    $('dashboard').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = sessionStorage.getItem('gridgov.user') || '';
    api('/api/v1/stats/townships').then(function (setup) {
      tileUrl = setup.tileUrl || '';
      var select = $('township');
      select.innerHTML = setup.townships.map(function (t) {
        return '<option value="' + esc(t.code) + '">' + esc(t.name) + '</option>';
      }).join('');
      var wanted = new URLSearchParams(location.search).get('township') || '370303102';
      if (setup.townships.some(function (t) { return t.code === wanted; })) { select.value = wanted; }
      initMap();
      refresh();
      clearInterval(refreshTimer);
      refreshTimer = setInterval(refresh, REFRESH_MS);
    }).catch(function (e) { $('login-error').textContent = e.message; logout(); $('login-error').textContent = e.message; });
  }

  function initMap() {
    if (map) { return; }
    map = L.map('map', { zoomControl: true, attributionControl: false });
    if (tileUrl) { L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map); }
    map.setView([36.8, 118.05], 11);
  }

  function period() {
    var month = $('month').value;
    var parts = month.split('-').map(Number);
    var last = new Date(parts[0], parts[1], 0).getDate();
    return 'from=' + month + '-01&to=' + month + '-' + (last < 10 ? '0' : '') + last;
  }

  function currentMetric() {
    var name = $('metric').value;
    return METRICS.filter(function (m) { return m[0] === name; })[0];
  }

  function refresh() {
    var code = $('township').value;
    if (!code) { return; }
    var q = period();
    var metric = currentMetric();
    $('export-link').href = '#';
    $('export-link').onclick = function (e) { e.preventDefault(); download('/api/v1/stats/areas/' + code + '/export.csv?by=grid&' + q, 'figures-' + code + '.csv'); };
    Promise.all([
      api('/api/v1/stats/areas/' + code + '?by=grid&' + q),
      api('/api/v1/stats/areas/' + code + '/grids.geojson?metric=' + metric[0] + '&' + q, 'application/geo+json'),
      api('/api/v1/stats/areas/' + code + '/cases?limit=500&' + q),
      api('/api/v1/stats/areas/' + code + '/overdue?limit=100'),
      api('/api/v1/stats/areas/' + code + '?by=day&' + q)
    ]).then(function (r) {
      drawCards(r[0]);
      drawTable(r[0]);
      drawGrids(r[1], metric);
      drawMarkers(r[2]);
      drawOverdue(r[3]);
      drawTrend(r[4]);
      $('updated').textContent = '更新于 ' + new Date().toLocaleTimeString('zh-CN');
      document.body.setAttribute('data-loaded', code + '|' + q + '|' + metric[0]);
    }).catch(function (e) { $('updated').textContent = '加载失败：' + e.message; });
  }

  function download(path, filename) {
    authorized(path, '*/*').then(function (r) { return r.blob(); }).then(function (blob) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = filename;
      a.click();
    });
  }

  function drawCards(data) {
    var f = data.figures;
    var cards = [['reported', '上报数', num(f.reported)], ['registered', '立案数', num(f.registered)],
      ['dispatched', '派遣数', num(f.dispatched)], ['due', '应结案数', num(f.due)], ['closed', '结案数', num(f.closed)],
      ['close-rate', '结案率', pct(f.closeRate)], ['on-time-close-rate', '按期结案率', pct(f.onTimeCloseRate)],
      ['disposal-rate', '处置率', pct(f.disposalRate)], ['return-rate', '回退率', pct(f.returnRate)],
      ['rework-rate', '返工率', pct(f.reworkRate)], ['overdue-now', '当前超期', num(f.overdueNow)],
      ['mean-hours', '平均结案(小时)', f.meanHoursToClose == null ? '—' : f.meanHoursToClose.toFixed(1)],
      ['p90-hours', 'P90结案(小时)', f.p90HoursToClose == null ? '—' : f.p90HoursToClose.toFixed(1)],
      ['satisfaction', '满意率', pct(f.satisfactionRate)]];
    $('cards').innerHTML = cards.map(function (c) {
      return '<div class="card"><div class="label">' + c[1] + '</div><div class="value" id="total-' + c[0] + '">' + c[2] + '</div></div>';
    }).join('');
  }

  function drawTable(data) {
    $('figures-table').querySelector('tbody').innerHTML = data.rows.map(function (row) {
      var f = row.figures;
      return '<tr data-grid="' + esc(row.key) + '"><td>' + esc(row.key) + '</td><td>' + esc(row.label) + '</td>' +
        '<td class="num reported">' + f.reported + '</td><td class="num">' + f.registered + '</td>' +
        '<td class="num due">' + f.due + '</td><td class="num closed">' + f.closed + '</td>' +
        '<td class="num">' + pct(f.closeRate) + '</td><td class="num">' + pct(f.onTimeCloseRate) + '</td>' +
        '<td class="num">' + f.overdueNow + '</td></tr>';
    }).join('');
  }

  var GOOD = ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850']; // worst → best
  function colour(metric, value, min, max) {
    if (value === null || value === undefined) { return '#bdbdbd'; }
    var t = max > min ? (value - min) / (max - min) : 1;
    if (metric[2]) { t = value; } // rates are coloured on the absolute 0..1 scale
    if (!metric[3]) { t = 1 - t; }
    return GOOD[Math.max(0, Math.min(4, Math.floor(t * 5 - 1e-9)))];
  }

  function drawGrids(collection, metric) {
    if (gridLayer) { map.removeLayer(gridLayer); }
    var values = collection.features.map(function (f) { return f.properties.value; }).filter(function (v) { return v !== null && v !== undefined; });
    var min = Math.min.apply(null, values.concat([0])), max = Math.max.apply(null, values.concat([0]));
    gridLayer = L.geoJSON(collection, {
      style: function (f) {
        return { color: '#444', weight: 1, fillOpacity: 0.7, fillColor: colour(metric, f.properties.value, min, max), className: 'grid-cell' };
      },
      onEachFeature: function (f, layer) {
        layer.bindPopup('<b>' + esc(f.properties.name || f.properties.code) + '</b><br>' + esc(f.properties.code) +
          '<br>' + metric[1] + '：' + fmt(metric, f.properties.value) + '<br>上报数：' + f.properties.reported +
          '　应结案数：' + f.properties.due + '<br>当前超期：' + f.properties.overdueNow);
      }
    }).addTo(map);
    if (collection.features.length) { map.fitBounds(gridLayer.getBounds(), { padding: [10, 10] }); }
    $('legend').innerHTML = '<b>' + metric[1] + '</b><br>' + (metric[3] ? '<i style="background:' + GOOD[0] + '"></i>差 <i style="background:' + GOOD[4] + '"></i>好'
      : '<i style="background:' + GOOD[4] + '"></i>少 <i style="background:' + GOOD[0] + '"></i>多') + ' <i style="background:#bdbdbd"></i>无数据';
    $('map').setAttribute('data-grids', String(collection.features.length));
  }

  var STATES = { reported: '已上报', registered: '已立案', dispatched: '已派遣', accepted: '处置中', resolved: '已处置',
    verified: '已核查', closed: '已结案', rejected: '不予立案', returned: '已回退' };

  function drawMarkers(cases) {
    if (markerLayer) { map.removeLayer(markerLayer); }
    markerLayer = L.layerGroup();
    cases.filter(function (c) { return c.lat != null && c.lon != null; }).forEach(function (c) {
      L.circleMarker([c.lat, c.lon], { radius: 5, color: c.hoursOverdue ? '#b00020' : '#0b4f8a', weight: 2, fillOpacity: 0.9 })
        .bindPopup('<b>' + esc(c.caseNumber) + '</b><br>' + esc(c.categoryName) + '<br>状态：' + esc(STATES[c.state] || c.state) +
          '<br>责任单位：' + esc(c.departmentName) + (c.hoursOverdue ? '<br><span class="error">超期 ' + c.hoursOverdue.toFixed(1) + ' 小时</span>' : ''))
        .addTo(markerLayer);
    });
    markerLayer.addTo(map);
    $('map').setAttribute('data-markers', String(cases.length));
  }

  function drawOverdue(cases) {
    $('overdue-count').textContent = '（' + cases.length + '）';
    $('overdue-table').querySelector('tbody').innerHTML = cases.map(function (c) {
      return '<tr><td>' + esc(c.caseNumber) + '</td><td>' + esc(c.categoryName) + '</td><td>' + esc(c.departmentName) +
        '</td><td class="num">' + (c.hoursOverdue == null ? '' : c.hoursOverdue.toFixed(1)) + '</td></tr>';
    }).join('');
  }

  function drawTrend(data) {
    var svg = $('trend'), w = 420, h = 180, pad = 28;
    // every day of the period, with zeros for days without a row, so that the line keeps the calendar
    var byDay = {};
    data.rows.forEach(function (r) { byDay[r.key] = r; });
    var rows = [];
    for (var d = new Date(data.from + 'T00:00:00Z'); d <= new Date(data.to + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      var key = d.toISOString().substring(0, 10);
      rows.push(byDay[key] || { key: key, figures: { reported: 0, closed: 0 } });
    }
    var max = Math.max.apply(null, rows.map(function (r) { return Math.max(r.figures.reported, r.figures.closed); }).concat([1]));
    function line(key, colourName) {
      if (!rows.length) { return ''; }
      var step = rows.length > 1 ? (w - 2 * pad) / (rows.length - 1) : 0;
      return '<polyline fill="none" stroke="' + colourName + '" stroke-width="2" points="' + rows.map(function (r, i) {
        return (pad + i * step).toFixed(1) + ',' + (h - pad - (r.figures[key] / max) * (h - 2 * pad)).toFixed(1);
      }).join(' ') + '"/>';
    }
    svg.innerHTML = '<line x1="' + pad + '" y1="' + (h - pad) + '" x2="' + (w - pad) + '" y2="' + (h - pad) + '" stroke="#999"/>' +
      '<line x1="' + pad + '" y1="' + pad + '" x2="' + pad + '" y2="' + (h - pad) + '" stroke="#999"/>' +
      '<text x="2" y="' + (pad + 4) + '" font-size="10">' + max + '</text><text x="2" y="' + (h - pad) + '" font-size="10">0</text>' +
      (rows.length ? '<text x="' + pad + '" y="' + (h - 8) + '" font-size="10">' + esc(rows[0].key) + '</text><text x="' + (w - pad - 60) +
        '" y="' + (h - 8) + '" font-size="10">' + esc(rows[rows.length - 1].key) + '</text>' : '<text x="150" y="90" font-size="12">本月暂无数据</text>') +
      line('reported', '#0b4f8a') + line('closed', '#1a9850') +
      '<text x="' + (w - 120) + '" y="14" font-size="11" fill="#0b4f8a">— 上报</text><text x="' + (w - 60) + '" y="14" font-size="11" fill="#1a9850">— 结案</text>';
    svg.setAttribute('data-days', String(data.rows.length));
  }

  $('metric').innerHTML = METRICS.map(function (m) { return '<option value="' + m[0] + '">' + m[1] + '</option>'; }).join('');
  var now = new Date();
  $('month').value = new URLSearchParams(location.search).get('month') || (now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0'));
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  ['township', 'month', 'metric'].forEach(function (id) { $(id).addEventListener('change', refresh); });
  if (token) { start(); }
})();
