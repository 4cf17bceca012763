import './echarts';
import { type ECharts, init } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';

/** A thin ECharts host: builds nothing itself, it only shows the option it is given. */
export function Chart({ option, style, testId }: { option: ChartOption; style?: CSSProperties; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = init(host.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={host} data-testid={testId} style={{ width: '100%', height: 360, ...style }} />;
}
