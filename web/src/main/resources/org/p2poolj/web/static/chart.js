// A small line chart on a canvas: time on x, SI-formatted values on y, several series with a
// legend, gaps where a bin has no value, and a hover read-out. No dependencies.
import { si } from './format.js';

const PAD = { left: 64, right: 12, top: 26, bottom: 28 };

function niceStep(range, ticks) {
  const raw = range / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * mag;
}

function timeLabel(t, span) {
  const d = new Date(t * 1000);
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  const day = (d.getMonth() + 1) + '/' + d.getDate();
  if (span <= 1.5 * 86400) return hh + ':' + mm;
  if (span <= 10 * 86400) return day + ' ' + hh + ':' + mm;
  return day;
}

// Turns /web/graph_data bins ([center, value, width, default], newest first) into series points,
// oldest first. keys: for a multivalue stream, which keys to draw; omit for a scalar stream.
export function binsToSeries(bins, keys) {
  // The newest bin is cut at "now"; when it is still mostly empty its rate would read as a drop.
  const full = bins.length > 1 && bins[0][2] < 0.5 * bins[1][2] ? bins.slice(1) : bins;
  const ordered = [...full].reverse();
  if (!keys) {
    return [ordered.map(([t, v, , d]) => [t, v === null ? d : v])];
  }
  return keys.map((k) => ordered.map(([t, v, , d]) => [t, v === null ? null : (k in v ? v[k] : d)]));
}

export class LineChart {
  constructor(canvas, unit) {
    this.canvas = canvas;
    this.unit = unit;
    this.series = [];
    this.hover = null;
    canvas.addEventListener('mousemove', (e) => {
      const r = canvas.getBoundingClientRect();
      this.hover = e.clientX - r.left;
      this.draw();
    });
    canvas.addEventListener('mouseleave', () => { this.hover = null; this.draw(); });
    window.addEventListener('resize', () => this.draw());
  }

  // series: [{name, color, points: [[t, v|null], ...]}]
  setData(series) {
    this.series = series;
    this.draw();
  }

  draw() {
    const c = this.canvas;
    const dpr = window.devicePixelRatio || 1;
    const w = c.clientWidth || 600;
    const h = c.clientHeight || 260;
    c.width = Math.round(w * dpr);
    c.height = Math.round(h * dpr);
    const g = c.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    g.font = '11px system-ui, sans-serif';

    const pts = this.series.flatMap((s) => s.points.filter((p) => p[1] !== null && Number.isFinite(p[1])));
    c.dataset.points = String(pts.length);
    if (pts.length === 0) {
      g.fillStyle = '#888';
      g.fillText('no data yet', w / 2 - 30, h / 2);
      c.dataset.rendered = '1';
      return;
    }
    const t0 = Math.min(...pts.map((p) => p[0]));
    const t1 = Math.max(...pts.map((p) => p[0]));
    const vmax = Math.max(...pts.map((p) => p[1]), 0) * 1.1 || 1;
    const vmin = Math.min(0, ...pts.map((p) => p[1]));
    const pw = w - PAD.left - PAD.right;
    const ph = h - PAD.top - PAD.bottom;
    const x = (t) => PAD.left + (t1 === t0 ? pw / 2 : ((t - t0) / (t1 - t0)) * pw);
    const y = (v) => PAD.top + ph - ((v - vmin) / (vmax - vmin)) * ph;

    // grid and y labels
    g.strokeStyle = '#e4e7ec';
    g.fillStyle = '#667';
    g.lineWidth = 1;
    const step = niceStep(vmax - vmin, 5);
    for (let v = Math.ceil(vmin / step) * step; v <= vmax; v += step) {
      g.beginPath();
      g.moveTo(PAD.left, y(v));
      g.lineTo(w - PAD.right, y(v));
      g.stroke();
      g.fillText(v === 0 ? '0' : si(v, this.unit), 4, y(v) + 4);
    }
    // x labels
    const span = t1 - t0;
    for (let i = 0; i <= 5; i++) {
      const t = t0 + (span * i) / 5;
      const label = timeLabel(t, span);
      const lw = g.measureText(label).width;
      g.fillText(label, Math.max(PAD.left - lw / 2, Math.min(x(t) - lw / 2, w - PAD.right - lw)), h - 8);
    }
    // series
    for (const s of this.series) {
      g.strokeStyle = s.color;
      g.lineWidth = 1.6;
      g.beginPath();
      let pen = false;
      for (const [t, v] of s.points) {
        if (v === null || !Number.isFinite(v)) { pen = false; continue; }
        if (pen) g.lineTo(x(t), y(v)); else g.moveTo(x(t), y(v));
        pen = true;
      }
      g.stroke();
    }
    // legend
    let lx = PAD.left;
    for (const s of this.series) {
      g.fillStyle = s.color;
      g.fillRect(lx, 8, 10, 10);
      g.fillStyle = '#333';
      g.fillText(s.name, lx + 14, 17);
      lx += 24 + g.measureText(s.name).width;
    }
    // hover read-out
    if (this.hover !== null && this.hover >= PAD.left) {
      const t = t0 + ((this.hover - PAD.left) / pw) * span;
      g.strokeStyle = '#999';
      g.beginPath();
      g.moveTo(this.hover, PAD.top);
      g.lineTo(this.hover, PAD.top + ph);
      g.stroke();
      let ty = PAD.top + 14;
      for (const s of this.series) {
        const near = s.points.reduce((a, p) => (Math.abs(p[0] - t) < Math.abs(a[0] - t) ? p : a), s.points[0]);
        if (!near || near[1] === null) continue;
        g.fillStyle = s.color;
        g.fillText(s.name + ': ' + si(near[1], this.unit), Math.min(this.hover + 6, w - 150), ty);
        ty += 14;
      }
    }
    c.dataset.rendered = '1';
  }
}
