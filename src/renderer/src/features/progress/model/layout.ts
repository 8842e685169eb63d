/** The pain chart's fixed geometry, shared by the drawing and the downsampling budget. */
export const CHART_HEIGHT = 380
export const Y_AXIS_WIDTH = 44
/** Height of one row of race labels above the plot. */
export const LABEL_ROW_PX = 20

const MARGIN = { top: 12, right: 16, bottom: 4, left: 0 }

export type ChartMargin = { top: number; right: number; bottom: number; left: number }

/** Margins around the plot: room above it for each row of race labels. */
export function chartMargin(labelRows: number): ChartMargin {
  return { ...MARGIN, top: MARGIN.top + labelRows * LABEL_ROW_PX }
}

/** Width of the plotting area in a chart `width` pixels wide. */
export function plotWidthFor(width: number): number {
  return Math.max(0, width - MARGIN.left - Y_AXIS_WIDTH - MARGIN.right)
}
