import { useEffect, useRef } from 'preact/hooks';

interface Props {
  peaks: Float32Array;
  /** 0..1 played so far. */
  progress: number;
  pauses: readonly { startMs: number; endMs: number }[];
  durationMs: number;
  onSeek: (fraction: number) => void;
}

/** The take's shape, what is played, and its pauses; a click seeks (the range input is the keyboard way). */
export function Waveform({ peaks, progress, pauses, durationMs, onSeek }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const width = c.clientWidth * ratio;
    const height = c.clientHeight * ratio;
    c.width = width;
    c.height = height;
    const style = getComputedStyle(c);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = style.getPropertyValue('--warn-bg') || '#fff3d6';
    for (const p of pauses) if (durationMs) ctx.fillRect((p.startMs / durationMs) * width, 0, ((p.endMs - p.startMs) / durationMs) * width, height);
    const bar = width / peaks.length;
    peaks.forEach((v, i) => {
      ctx.fillStyle = i / peaks.length < progress ? style.getPropertyValue('--accent') || '#2448b8' : style.getPropertyValue('--muted') || '#888';
      const h = Math.max(1, v * height);
      ctx.fillRect(i * bar, (height - h) / 2, Math.max(1, bar - ratio), h);
    });
  }, [peaks, progress, pauses, durationMs]);
  return (
    <canvas
      ref={canvas}
      class="waveform"
      aria-hidden="true"
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        onSeek(Math.min(1, Math.max(0, (e.clientX - r.left) / r.width)));
      }}
    />
  );
}
