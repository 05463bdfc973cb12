/** Bar charts, registered when the first bar chart is shown (kept out of the first load). */
import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';

use([BarChart]);
