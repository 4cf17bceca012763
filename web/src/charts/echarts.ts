import { BarChart, CustomChart, LineChart, MapChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Only what the app's charts use is registered: keep this list in step with ChartOption. */
use([
  BarChart,
  CustomChart,
  LineChart,
  MapChart,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
]);

/** Maps are drawn from GeoJSON the server sends (no online tiles): register one before showing it. */
export { registerMap } from 'echarts/core';
