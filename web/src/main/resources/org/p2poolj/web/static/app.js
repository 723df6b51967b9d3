// The dashboard: polls the node's JSON API and fills the page. Vanilla ES modules, no CDN.
import * as fmt from './format.js';
import { LineChart, binsToSeries } from './chart.js';

const STATS_EVERY_MS = 10_000;
const CHARTS_EVERY_MS = 60_000;
const VIEWS = [['last_hour', 'hour'], ['last_day', 'day'], ['last_week', 'week'], ['last_month', 'month'], ['last_year', 'year']];
const $ = (id) => document.getElementById(id);

async function get(path) {
  const r = await fetch(path, { cache: 'no-store' });
  if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
  return r.json();
}

function setText(id, text, value) {
  const el = $(id);
  el.textContent = text;
  if (value !== undefined) el.dataset.value = String(value);
}

function cell(tr, content, cls) {
  const td = document.createElement('td');
  if (content instanceof Node) td.appendChild(content); else td.textContent = content;
  if (cls) td.className = cls;
  tr.appendChild(td);
  return td;
}

function link(href, text, cls) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (cls) a.className = cls;
  return a;
}

function fillTable(id, rows, render) {
  const body = document.querySelector('#' + id + ' tbody');
  body.replaceChildren();
  for (const row of rows) {
    const tr = document.createElement('tr');
    render(tr, row);
    body.appendChild(tr);
  }
  if (rows.length === 0) {
    const tr = document.createElement('tr');
    const td = cell(tr, 'none', 'muted');
    td.colSpan = document.querySelectorAll('#' + id + ' thead th').length || 1;
    body.appendChild(tr);
  }
  document.getElementById(id).dataset.rows = String(rows.length);
}

const shareLink = (hash) => link('/share?hash=' + hash, fmt.shortHash(hash), 'mono');

const state = { currency: null, views: { pool: 'last_day', local: 'last_hour' } };

async function loadStatic() {
  const [version, currency] = await Promise.all([get('/web/version'), get('/web/currency_info')]);
  state.currency = currency;
  setText('version', version);
  document.title = 'p2poolj ' + currency.symbol;
}

async function refreshStats() {
  const [local, global, payouts, addr, users, peers, uptime] = await Promise.all([
    get('/local_stats'), get('/global_stats'), get('/current_payouts'), get('/payout_addr'),
    get('/users'), get('/api/v1/peers'), get('/uptime'),
  ]);
  setText('uptime', fmt.duration(uptime), uptime);
  const sym = state.currency.symbol;
  if (global) {
    setText('pool-rate', fmt.hashRate(global.pool_hash_rate), global.pool_hash_rate);
    setText('pool-stale', fmt.percent(global.pool_stale_prop), global.pool_stale_prop);
  }
  const myPayout = addr in payouts ? payouts[addr] : 0;
  setText('my-payout', fmt.coins(myPayout, sym), myPayout);
  setText('payout-addr', addr || '');
  let localRate = 0;
  if (local) {
    localRate = Object.values(local.miner_hash_rates).reduce((a, b) => a + b, 0);
    const dead = Object.values(local.miner_dead_hash_rates).reduce((a, b) => a + b, 0);
    setText('local-rate', fmt.hashRate(localRate), localRate);
    setText('local-dead', fmt.percent(localRate > 0 ? dead / localRate : null));
    setText('time-to-share', localRate > 0 ? fmt.duration(local.attempts_to_share / localRate) : 'never',
      localRate > 0 ? local.attempts_to_share / localRate : -1);
    if (global) {
      setText('time-to-block', fmt.duration(local.attempts_to_block / global.pool_hash_rate),
        local.attempts_to_block / global.pool_hash_rate);
      setText('share-diff', global.min_difficulty.toPrecision(4));
    }
    setText('block-value', fmt.coins(local.block_value, sym), local.block_value);
    setText('shares-total', String(local.shares.total), local.shares.total);
    setText('shares-orphan', String(local.shares.orphan));
    setText('shares-dead', String(local.shares.dead));
    setText('efficiency', fmt.percent(local.efficiency));
    showWarnings(local.warnings);
    fillMiners(local, payouts, users, sym);
  }
  setText('peer-count', String(peers.length), peers.length);
  setText('peers-in', String(peers.filter((p) => p.direction === 'in').length));
  setText('peers-out', String(peers.filter((p) => p.direction === 'out').length));
  fillTable('peers', peers, (tr, p) => {
    cell(tr, p.address, 'mono');
    cell(tr, p.direction);
    cell(tr, p.sub_version);
    cell(tr, p.ping_ms === null ? '–' : p.ping_ms.toFixed(0) + ' ms', 'num');
    cell(tr, fmt.ago(p.connected_since));
  });
  await Promise.all([refreshWorkers(), refreshBlocks(), refreshShares(), refreshHealth()]);
  setText('updated', new Date().toLocaleTimeString());
  document.body.dataset.loaded = '1';
}

function showWarnings(warnings) {
  const box = $('warnings');
  box.replaceChildren(...warnings.map((w) => {
    const p = document.createElement('p');
    p.textContent = '⚠ ' + w;
    return p;
  }));
  box.hidden = warnings.length === 0;
}

function fillMiners(local, payouts, users, sym) {
  const rows = Object.entries(local.miner_hash_rates).sort((a, b) => b[1] - a[1]);
  fillTable('miners', rows, (tr, [user, rate]) => {
    const address = user.split(/[._]/)[0];
    const explorer = state.currency.address_explorer_url_prefix;
    cell(tr, explorer ? link(explorer + address, user, 'mono') : user, 'mono');
    cell(tr, fmt.hashRate(rate), 'num').dataset.value = String(rate);
    cell(tr, fmt.hashRate(local.miner_dead_hash_rates[user] || 0), 'num');
    cell(tr, fmt.percent(users[address] ?? 0), 'num');
    cell(tr, fmt.coins(payouts[address] ?? 0, sym), 'num');
  });
}

async function refreshWorkers() {
  const workers = await get('/api/v1/workers');
  fillTable('workers', workers, (tr, w) => {
    cell(tr, w.name, 'mono');
    cell(tr, fmt.hashRate(w.hash_rate), 'num').dataset.value = String(w.hash_rate);
    cell(tr, String(w.difficulty), 'num');
    cell(tr, String(w.accepted_pseudoshares), 'num');
    cell(tr, String(w.rejected_pseudoshares), 'num');
    cell(tr, String(w.shares_found), 'num');
    cell(tr, fmt.ago(w.last_submit), 'num');
  });
}

async function refreshBlocks() {
  const blocks = await get('/recent_blocks');
  const explorer = state.currency.block_explorer_url_prefix;
  fillTable('blocks', blocks, (tr, b) => {
    cell(tr, String(b.number), 'num');
    cell(tr, fmt.time(b.ts));
    cell(tr, explorer ? link(explorer + b.hash, fmt.shortHash(b.hash), 'mono') : fmt.shortHash(b.hash));
    cell(tr, shareLink(b.share));
  });
}

async function refreshShares() {
  const hashes = (await get('/web/my_share_hashes50')).slice(0, 10);
  const shares = await Promise.all(hashes.map((h) => get('/web/share/' + h).then((s) => [h, s])));
  fillTable('shares', shares, (tr, [h, s]) => {
    cell(tr, shareLink(h));
    cell(tr, fmt.time(s.share_data.timestamp));
    cell(tr, s.share_data.stale_info || 'no');
    cell(tr, fmt.targetToDifficulty(s.share_data.target).toPrecision(4), 'num');
  });
  const best = await get('/web/best_share_hash');
  const a = $('best-share');
  a.textContent = fmt.shortHash(best);
  if (best) a.href = '/share?hash=' + best;
}

async function refreshHealth() {
  const [health, sync, bans] = await Promise.all([get('/api/v1/health'), get('/api/v1/sync'), get('/api/v1/bans')]);
  const badge = $('health-badge');
  badge.textContent = health.status;
  badge.className = 'badge ' + health.status;
  const rows = [
    ['Status', health.status + (health.problems.length ? ': ' + health.problems.join('; ') : '')],
    ['Coin daemon', health.daemon_connected ? 'connected' : 'unreachable'],
    ['Template age', health.template_age_seconds === null ? '–' : fmt.duration(health.template_age_seconds)],
    ['RPC latency', health.rpc_latency_ms === null ? '–' : health.rpc_latency_ms.toFixed(1) + ' ms'],
    ['Stratum sessions', String(health.stratum_sessions)],
    ['Daemon blocks', sync.daemon_blocks + ' / ' + sync.daemon_headers],
  ];
  fillTable('health', rows, (tr, [k, v]) => { cell(tr, k); cell(tr, v); });
  $('sync-share').value = sync.share_chain_progress;
  setText('sync-share-text', sync.share_chain_height + ' / ' + sync.share_chain_target + ' (' + fmt.percent(sync.share_chain_progress) + ')', sync.share_chain_progress);
  $('sync-daemon').value = sync.daemon_progress;
  setText('sync-daemon-text', fmt.percent(sync.daemon_progress), sync.daemon_progress);
  fillTable('bans', bans, (tr, b) => { cell(tr, b.host, 'mono'); cell(tr, b.reason); cell(tr, fmt.time(b.until)); });
  $('network').textContent = state.currency.symbol;
}

const charts = {
  pool: {
    chart: new LineChart($('chart-pool'), 'H/s'),
    async load(view) {
      const bins = await get('/web/graph_data/pool_rates/' + view);
      const [good, orphan, doa] = binsToSeries(bins, ['good', 'orphan', 'doa']);
      const total = good.map(([t, v], i) => [t, v === null ? null : v + (orphan[i][1] || 0) + (doa[i][1] || 0)]);
      return [
        { name: 'total', color: '#1f6feb', points: total },
        { name: 'orphan', color: '#d29922', points: orphan },
        { name: 'dead', color: '#cf222e', points: doa },
      ];
    },
  },
  local: {
    chart: new LineChart($('chart-local'), 'H/s'),
    async load(view) {
      const [all, dead] = await Promise.all([
        get('/web/graph_data/local_hash_rate/' + view), get('/web/graph_data/local_dead_hash_rate/' + view)]);
      return [
        { name: 'local', color: '#1a7f37', points: binsToSeries(all)[0] },
        { name: 'dead', color: '#cf222e', points: binsToSeries(dead)[0] },
      ];
    },
  },
};

async function refreshChart(name) {
  const c = charts[name];
  c.chart.setData(await c.load(state.views[name]));
}

function viewButtons() {
  for (const span of document.querySelectorAll('.views')) {
    const name = span.dataset.chart;
    for (const [view, label] of VIEWS) {
      const b = document.createElement('button');
      b.textContent = label;
      b.dataset.view = view;
      b.className = state.views[name] === view ? 'on' : '';
      b.addEventListener('click', () => {
        state.views[name] = view;
        span.querySelectorAll('button').forEach((x) => x.classList.toggle('on', x === b));
        refreshChart(name).catch(report);
      });
      span.appendChild(b);
    }
  }
}

function report(e) {
  // Network hiccups are shown, not thrown: the page keeps polling.
  setText('updated', 'error: ' + e.message);
}

async function main() {
  viewButtons();
  await loadStatic();
  await Promise.all([refreshStats(), refreshChart('pool'), refreshChart('local')]);
  setInterval(() => refreshStats().catch(report), STATS_EVERY_MS);
  setInterval(() => Promise.all(Object.keys(charts).map(refreshChart)).catch(report), CHARTS_EVERY_MS);
}

main().catch(report);
