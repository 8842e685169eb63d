import { describe, expect, it } from 'vitest'
import { chartMargin, LABEL_ROW_PX, plotWidthFor, Y_AXIS_WIDTH } from './layout'

describe('chart layout', () => {
  it('leaves a row above the plot for each row of race labels', () => {
    expect(chartMargin(2).top - chartMargin(0).top).toBe(2 * LABEL_ROW_PX)
  })

  it('plots in the width left after the axis and margins, never less than nothing', () => {
    const margin = chartMargin(0)
    expect(plotWidthFor(800)).toBe(800 - Y_AXIS_WIDTH - margin.left - margin.right)
    expect(plotWidthFor(10)).toBe(0)
  })
})
