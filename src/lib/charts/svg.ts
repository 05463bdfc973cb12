/** The SVG renderer, registered when an SVG export is first asked for. */
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([SVGRenderer]);
