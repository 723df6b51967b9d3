// Number and time formatting; the same rules as the Java status line (Units).
const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

export function significant(v) {
  if (v >= 99.95) return v.toFixed(0);
  if (v >= 9.995) return v.toFixed(1);
  return v.toFixed(2);
}

export function si(v, unit) {
  if (!Number.isFinite(v) || v <= 0) return '0 ' + unit;
  let i = 0;
  while (v >= 999.5 && i < PREFIXES.length - 1) { v /= 1000; i++; }
  return significant(v) + ' ' + PREFIXES[i] + unit;
}

export const hashRate = (hps) => si(hps, 'H/s');

export function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return 'never';
  if (seconds < 120) return seconds.toFixed(0) + ' s';
  if (seconds < 2 * 3600) return (seconds / 60).toFixed(0) + ' min';
  if (seconds < 2 * 86400) return (seconds / 3600).toFixed(1) + ' h';
  return (seconds / 86400).toFixed(1) + ' days';
}

export function percent(x) {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : (100 * x).toFixed(1) + '%';
}

export function coins(v, symbol) {
  return (Number.isFinite(v) ? v : 0).toFixed(4) + ' ' + symbol;
}

export function shortHash(h) {
  return h ? h.slice(0, 8) + '…' + h.slice(-4) : '–';
}

export function time(ts) {
  const d = new Date(ts * 1000);
  return d.toISOString().replace('T', ' ').slice(0, 19);
}

export function ago(ts, now = Date.now() / 1000) {
  return duration(Math.max(0, now - ts)) + ' ago';
}

// p2pool's target_to_difficulty: the difficulty-1 target is 0xffff0000 * 2^192.
export function targetToDifficulty(target) {
  return Number.isFinite(target) && target >= 0 ? (0xffff0000 * 2 ** 192 + 1) / (target + 1) : 0;
}
