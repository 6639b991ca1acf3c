/**
 * Server-rendered inline SVG charts. Each chart is a `<figure>` with an SVG that screen readers
 * announce as one image (`role="img"`, `<title>` and `<desc>`), followed by the same numbers as a
 * data table, so nothing is only visual. No client scripts, no external assets.
 */
import { html, raw, table, type SafeHtml } from '../layout.js';

/** One bar. `value` null means "no data" (no bar drawn, shown as a dash). */
export interface ChartDatum {
  label: string;
  value: number | null;
  /** How the value is written on the chart and in the table (defaults to the number). */
  display?: string;
}

export interface ChartSpec {
  /** Unique on the page; used for the title/desc ids. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows and its main finding. */
  description: string;
  /** Header of the label column in the data table, e.g. "Week". */
  labelHeader: string;
  /** Header of the value column, e.g. "Inquiries". */
  valueHeader: string;
  data: ChartDatum[];
  /** Whole-number values (counts): the axis gets whole-number ticks. */
  integer?: boolean;
}

/** Drawing parameters, in one place. */
export const CHART_STYLE = {
  width: 640,
  columnHeight: 240,
  barRowHeight: 26,
  margin: { top: 12, right: 56, bottom: 44, left: 44 },
  /** Width reserved for the labels of horizontal bar charts. */
  barLabelWidth: 220,
  /** Longer labels are cut on the chart (the table keeps them whole). */
  maxLabelChars: 30,
  gridLines: 4,
  barColor: '#0b4f9c',
  gridColor: '#d0d0d0',
  textColor: '#1a1a1a',
  fontSize: 12,
} as const;

/**
 * Axis ticks: a round step (1, 2 or 5 × 10^k, at least 1 for whole-number data) giving about
 * `count` intervals from 0 to at least `max`.
 */
export function niceTicks(max: number, count: number, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  if (integer) step = Math.max(1, step);
  const intervals = Math.ceil(max / step - 1e-9);
  return Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** True when there is nothing to draw. */
function noData(spec: ChartSpec): boolean {
  return spec.data.every((d) => d.value === null);
}

/** The "No data yet" note in the middle of an empty chart. */
function noDataNote(y: number): SafeHtml {
  return svgText(CHART_STYLE.width / 2, y, 'middle', 'No data yet');
}

function shown(d: ChartDatum): string {
  if (d.display !== undefined) return d.display;
  return d.value === null ? '—' : String(d.value);
}

function cut(label: string): string {
  const max = CHART_STYLE.maxLabelChars;
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Rounds to 0.1 px so the markup stays short. */
const px = (n: number) => Math.round(n * 10) / 10;

/** A text label. */
function svgText(x: number, y: number, anchor: 'start' | 'middle' | 'end', text: string): SafeHtml {
  return html`<text x="${px(x)}" y="${px(y)}" text-anchor="${anchor}" fill="${CHART_STYLE.textColor}"
    >${text}</text
  >`;
}

/** A bar, with a tooltip naming its label and value. */
function svgBar(x: number, y: number, w: number, h: number, tooltip: string): SafeHtml {
  const box = html`x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(h)}"`;
  return html`<rect ${box} fill="${CHART_STYLE.barColor}"><title>${tooltip}</title></rect>`;
}

/** A horizontal gridline. */
function svgGridLine(x1: number, x2: number, y: number): SafeHtml {
  return html`<line
    x1="${px(x1)}"
    x2="${px(x2)}"
    y1="${px(y)}"
    y2="${px(y)}"
    stroke="${CHART_STYLE.gridColor}"
  />`;
}

/** The `<svg>` element with its accessible name and description around the drawing. */
function svgFrame(spec: ChartSpec, height: number, drawing: SafeHtml[]): SafeHtml {
  const { width, fontSize } = CHART_STYLE;
  const view = `0 0 ${width} ${height}`;
  const labelledBy = `${spec.id}-title ${spec.id}-desc`;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    role="img"
    viewBox="${view}"
    aria-labelledby="${labelledBy}"
    font-family="system-ui,sans-serif"
    font-size="${fontSize}"
  >
    <title id="${spec.id}-title">${spec.title}</title>
    <desc id="${spec.id}-desc">${spec.description}</desc>
    ${drawing}
  </svg>`;
}

/**
 * Vertical columns, one per datum (for time series such as inquiries per week). The y axis starts
 * at zero with gridlines at round numbers; every n-th x label is written so they do not overlap.
 */
export function columnChart(spec: ChartSpec): SafeHtml {
  const { width, columnHeight: height, margin, gridLines } = CHART_STYLE;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const ticks = niceTicks(Math.max(0, ...spec.data.map((d) => d.value ?? 0)), gridLines, spec.integer);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, spec.data.length);
  const labelEvery = Math.max(1, Math.ceil(spec.data.length / 8));
  const drawing: SafeHtml[] = ticks.flatMap((v) => [
    svgGridLine(margin.left, width - margin.right, y(v)),
    svgText(margin.left - 6, y(v) + 4, 'end', formatTick(v)),
  ]);
  spec.data.forEach((d, i) => {
    const x = margin.left + i * slot;
    if (d.value !== null)
      drawing.push(
        svgBar(x + slot * 0.15, y(d.value), slot * 0.7, (d.value / top) * plotH, `${d.label}: ${shown(d)}`),
      );
    if (i % labelEvery === 0)
      drawing.push(svgText(x + slot / 2, height - margin.bottom + 16, 'middle', cut(d.label)));
  });
  if (noData(spec)) drawing.push(noDataNote(margin.top + plotH / 2));
  return svgFrame(spec, height, drawing);
}

/** Horizontal bars with their labels on the left and values at the bar ends (for top-N lists). */
export function barChart(spec: ChartSpec): SafeHtml {
  const { width, barRowHeight: row, margin, barLabelWidth } = CHART_STYLE;
  const height = margin.top + Math.max(1, spec.data.length) * row + 8;
  const plotW = width - barLabelWidth - margin.right;
  const ticks = niceTicks(Math.max(0, ...spec.data.map((d) => d.value ?? 0)), CHART_STYLE.gridLines);
  const top = ticks[ticks.length - 1] ?? 1;
  const drawing = spec.data.flatMap((d, i) => {
    const yMid = margin.top + i * row + row / 2;
    const w = d.value === null ? 0 : (d.value / top) * plotW;
    return [
      svgText(barLabelWidth - 8, yMid + 4, 'end', cut(d.label)),
      svgBar(barLabelWidth, yMid - row * 0.35, w, row * 0.7, `${d.label}: ${shown(d)}`),
      svgText(barLabelWidth + w + 6, yMid + 4, 'start', shown(d)),
    ];
  });
  if (noData(spec)) drawing.push(noDataNote(margin.top + row / 2 + 4));
  return svgFrame(spec, height, drawing);
}

function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
}

/** The data table that repeats a chart's numbers. */
export function dataTable(spec: ChartSpec): SafeHtml {
  return table({
    caption: spec.title,
    head: [spec.labelHeader, spec.valueHeader],
    rows: spec.data.map((d) => [d.label, shown(d)]),
    rowHeaders: true,
  });
}

/** A chart in a figure, with a heading, the SVG and its data table in a disclosure. */
export function chartFigure(spec: ChartSpec, kind: 'columns' | 'bars'): SafeHtml {
  const svg = kind === 'columns' ? columnChart(spec) : barChart(spec);
  return html`<figure class="chart" aria-labelledby="${spec.id}-caption">
    <figcaption id="${spec.id}-caption">
      <h2>${spec.title}</h2>
      <p class="muted">${spec.description}</p>
    </figcaption>
    ${svg}
    <details>
      <summary>${spec.title}: data table</summary>
      ${dataTable(spec)}
    </details>
  </figure>`;
}

/** CSS for charts (added to the dashboard page). */
export const CHART_CSS = raw(
  '<style>figure.chart{margin:0 0 2rem;max-width:44rem}figure.chart h2{margin:.2rem 0;font-size:1.2rem}figure.chart svg{display:block;height:auto}.kpis{display:flex;flex-wrap:wrap;gap:1rem;margin-bottom:1.5rem;padding:0;list-style:none}.kpis li{border:1px solid #bbb;border-radius:4px;padding:.5rem 1rem;min-width:12rem}.kpis strong{display:block;font-size:1.6rem}</style>',
);
