/** ECharts' tooltip, registered when a pointer first comes over a chart (see echarts.ts). */
import { use } from 'echarts/core';
import { TooltipComponent } from 'echarts/components';

use([TooltipComponent]);
