/**
 * ECharts' tooltip and the axis pointer it moves along the axis, registered when a pointer first
 * comes over a chart (see echarts.ts).
 */
import { use } from 'echarts/core';
import { AxisPointerComponent, TooltipComponent } from 'echarts/components';

use([AxisPointerComponent, TooltipComponent]);
