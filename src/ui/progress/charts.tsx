/**
 * Small inline SVG charts. Each is an image with its values spelled out in its accessible name, so a
 * screen reader hears every figure the bars show; no chart library (the page stays a few KB).
 */
export interface Bar {
  label: string;
  value: number;
  /** What the bar's value says in words, e.g. "3 min 30 sec". */
  text: string;
  /** The figure drawn above the bar (the value when absent). */
  shown?: string;
  /** Highlights a bar (today, this week). */
  current?: boolean;
}

/** Vertical columns with their value above and label below; `summary` opens the accessible name. */
export function Columns({ bars, summary }: { bars: readonly Bar[]; summary: string }) {
  const width = Math.max(280, bars.length * 56);
  const height = 150;
  const top = 18;
  const bottom = 22;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(28, slot * 0.6);
  const name = `${summary}: ${bars.map((b) => `${b.label}, ${b.text}`).join('; ')}.`;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={name}>
      <line class="chart-axis" x1="0" x2={width} y1={height - bottom} y2={height - bottom} />
      {bars.map((b, i) => {
        const h = ((height - top - bottom) * b.value) / max;
        const x = slot * i + (slot - barWidth) / 2;
        const y = height - bottom - h;
        return (
          <g key={b.label} class={b.current ? 'chart-current' : undefined}>
            <rect class="chart-bar" x={x} y={y} width={barWidth} height={Math.max(h, b.value > 0 ? 2 : 0)} rx="3" />
            <text class="chart-value" x={x + barWidth / 2} y={y - 4} text-anchor="middle">
              {b.value > 0 ? (b.shown ?? String(b.value)) : ''}
            </text>
            <text class="chart-label" x={x + barWidth / 2} y={height - 6} text-anchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One horizontal bar: `value` of `total`, with a second, darker part (e.g. recorded among practised). */
export function Meter({ value, total, inner = 0 }: { value: number; total: number; inner?: number }) {
  const pct = (n: number) => `${total > 0 ? Math.min(100, (100 * n) / total) : 0}%`;
  return (
    <svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="meter-track" x="0" y="0" width="100" height="10" rx="5" />
      <rect class="meter-fill" x="0" y="0" width={pct(value)} height="10" rx="5" />
      {inner > 0 && <rect class="meter-inner" x="0" y="0" width={pct(inner)} height="10" rx="5" />}
    </svg>
  );
}

/** A take-by-take line of one figure (speaking time), oldest left; decorative: the row says the figures. */
export function Sparkline({ values }: { values: readonly number[] }) {
  if (values.length < 2) return null;
  const w = 90;
  const h = 24;
  const max = Math.max(...values);
  const min = Math.min(...values);
  const y = (v: number) => (max === min ? h / 2 : h - 3 - ((h - 6) * (v - min)) / (max - min));
  const points = values.map((v, i) => `${((w - 6) * i) / (values.length - 1) + 3},${y(v)}`).join(' ');
  return (
    <svg class="spark" viewBox={`0 0 ${w} ${h}`} width={w} height={h} aria-hidden="true" focusable="false">
      <polyline points={points} />
    </svg>
  );
}
