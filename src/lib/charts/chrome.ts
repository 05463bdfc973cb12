/**
 * ECharts' legend and titles, registered for what draws them inside the picture: exported
 * images, the report's charts and the bar charts. The main chart on screen shows its title,
 * legend and source line as HTML instead (charts/onScreen.ts), so the first screen does without.
 */
import { use } from 'echarts/core';
import { LegendComponent, TitleComponent } from 'echarts/components';

use([LegendComponent, TitleComponent]);
