import { describe, expect, it } from 'vitest'
import { contentWidthOf } from './useElementWidth'

/** An element whose box is `width` wide with the given horizontal padding. */
function box(width: number, left: string, right: string): HTMLElement {
  const element = document.createElement('div')
  element.style.paddingLeft = left
  element.style.paddingRight = right
  Object.defineProperty(element, 'clientWidth', { value: width })
  document.body.append(element)
  return element
}

describe('contentWidthOf', () => {
  it('measures inside the padding, as a ResizeObserver reports the width', () => {
    // The chart box: 12 px of padding on the left and 8 on the right.
    expect(contentWidthOf(box(700, '12px', '8px'))).toBe(680)
  })

  it('rounds down and never goes below nothing', () => {
    expect(contentWidthOf(box(300.8, '0px', '0px'))).toBe(300)
    expect(contentWidthOf(box(10, '8px', '8px'))).toBe(0)
  })
})
