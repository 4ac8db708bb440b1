/**
 * Geometry for small build-time bar charts (SVG, no client JavaScript). Widths are SVG
 * attributes, not inline styles, so the Content-Security-Policy needs no 'unsafe-inline'.
 * Every chart is paired on the page with a table or list carrying the same numbers.
 */

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Top of the bar, in user units. */
  readonly y: number;
  readonly width: number;
}

export interface BarChart {
  readonly width: number;
  readonly height: number;
  readonly barHeight: number;
  /** Where bars start (labels sit left of it). */
  readonly x0: number;
  readonly bars: readonly Bar[];
}

/** Horizontal bars scaled to the largest value; zero and negative values get no bar. */
export function barChart(
  items: readonly { label: string; value: number }[],
  { width = 480, labelWidth = 190, barHeight = 18, gap = 8, valueWidth = 40 } = {},
): BarChart {
  const max = Math.max(0, ...items.map((item) => item.value));
  const span = width - labelWidth - valueWidth;
  const bars = items.map((item, index) => ({
    label: item.label,
    value: item.value,
    y: index * (barHeight + gap),
    width: max > 0 && item.value > 0 ? Math.max(1, Math.round((item.value / max) * span)) : 0,
  }));
  return {
    width,
    height: Math.max(barHeight, items.length * (barHeight + gap) - gap),
    barHeight,
    x0: labelWidth,
    bars,
  };
}
