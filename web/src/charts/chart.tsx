import './echarts';
import { type ECharts, init } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';

/** A thin ECharts host: builds nothing itself, it only shows the option it is given. */
export function Chart({
  option,
  style,
  testId,
  onClick,
}: {
  option: ChartOption;
  style?: CSSProperties;
  testId?: string;
  /** Called with the clicked item's data (e.g. a map region's datum). */
  onClick?: (data: unknown) => void;
}) {
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

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: { data?: unknown }) => onClick(params.data);
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);

  return <div ref={host} data-testid={testId} style={{ width: '100%', height: 360, ...style }} />;
}
