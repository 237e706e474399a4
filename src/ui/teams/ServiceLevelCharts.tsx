import { VerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * The service-level charts (Fluent's chart package, d3 inside: ~200 KB). This module is its own
 * chunk, loaded only when the service level is shown, so the queue's first view stays small.
 * Every chart has a table beside it with the same figures (ServiceLevelView).
 */

export interface ChartBar {
  label: string;
  /** Null: nothing decided in the group (drawn as an empty bar). */
  value: number | null;
  /** What the bar's callout says, e.g. "87,5 % i tid (35 av 40)". */
  callout: string;
}

export interface BarChartProps {
  title: string;
  bars: readonly ChartBar[];
  yTitle: string;
  yMax?: number;
}

export default function BarChart({ title, bars, yMax, yTitle }: BarChartProps): ReactNode {
  return (
    <div data-testid="chart" data-chart-title={title} style={{ minWidth: 0 }}>
      <VerticalBarChart
        chartTitle={title}
        data={bars.map((b) => ({ x: b.label, y: b.value ?? 0, legend: yTitle, xAxisCalloutData: b.label, yAxisCalloutData: b.callout, color: tokens.colorBrandBackground }))}
        height={260}
        hideLegend
        {...(yMax !== undefined ? { yMaxValue: yMax } : {})}
        yAxisTitle={yTitle}
        useSingleColor
        wrapXAxisLables
        enableReflow
      />
    </div>
  );
}
