import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Only what the app's charts use is registered: keep this list in step with ChartOption. */
use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
