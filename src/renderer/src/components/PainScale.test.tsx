import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { PainScale } from './PainScale'

function Harness({ initial = null }: { initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial)
  return (
    <>
      <PainScale label="Pain before" value={value} onChange={setValue} />
      <output aria-label="score">{value === null ? 'none' : value}</output>
    </>
  )
}

const score = (): string => screen.getByLabelText('score').textContent ?? ''
const announced = (): string =>
  document.querySelector('.pain-scale [aria-live="polite"]')?.textContent ?? ''

describe('PainScale', () => {
  it('picks a score with one click, and a second click clears it', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const group = screen.getByRole('radiogroup', { name: 'Pain before' })
    expect(group).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: '7' }))
    expect(score()).toBe('7')
    expect(screen.getByRole('radio', { name: '7' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('radiogroup', { name: 'Pain before' })).toBe(group)
    await user.click(screen.getByRole('radio', { name: '7' }))
    expect(score()).toBe('none')
  })

  it('takes the number typed, 1 then 0 for ten, and keeps focus on the chosen score', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    expect(document.activeElement?.textContent).toBe('0')
    await user.keyboard('6')
    expect(score()).toBe('6')
    expect(document.activeElement?.textContent).toBe('6')
    await user.keyboard('10')
    expect(score()).toBe('10')
  })

  it('reads 1 then 0 as ten however long the pause, and says so as it goes', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    await user.keyboard('1')
    expect(score()).toBe('1')
    expect(announced()).toBe('Pain before: 1 out of 10. Type 0 now for 10')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await user.keyboard('0')
    expect(score()).toBe('10')
    expect(announced()).toBe('Pain before: 10 out of 10')
    // After ten, a 0 is a new score.
    await user.keyboard('0')
    expect(score()).toBe('0')
  })

  it('refuses 11 and a minus sign out loud, keeping the score it had', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    await user.keyboard('11')
    expect(score()).toBe('1')
    expect(announced()).toBe(
      '11 is not on the scale, which goes from 0 to 10. Pain before: 1 out of 10'
    )
    await user.keyboard('-')
    expect(score()).toBe('1')
    expect(announced()).toBe('Whole numbers from 0 to 10 only. Pain before: 1 out of 10')
    await user.keyboard('{ArrowRight}')
    expect(score()).toBe('2')
  })

  it('explains its keys in its description', () => {
    render(<PainScale label="Pain after" value={null} onChange={() => undefined} hint="NPRS" />)
    const group = screen.getByRole('radiogroup', { name: 'Pain after' })
    const description = document.getElementById(group.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toBe(
      'NPRS · Type 0–9, or 1 then 0 for 10; arrows move, Delete clears.'
    )
  })

  it('moves with the arrow keys and clears with Delete', async () => {
    const user = userEvent.setup()
    render(<Harness initial={4} />)
    await user.tab()
    expect(document.activeElement?.textContent).toBe('4')
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}')
    expect(score()).toBe('5')
    await user.keyboard('{End}')
    expect(score()).toBe('10')
    await user.keyboard('{Delete}')
    expect(score()).toBe('none')
  })

  it('is one tab stop, so Tab leaves the scale', async () => {
    const user = userEvent.setup()
    render(
      <>
        <Harness initial={3} />
        <button type="button">Next</button>
      </>
    )
    await user.tab()
    await user.tab()
    expect(document.activeElement?.textContent).toBe('Next')
  })

  it('shows why a score was refused', () => {
    render(<PainScale label="Pain after" value={null} onChange={() => undefined} error="Rate it" />)
    const group = screen.getByRole('radiogroup', { name: 'Pain after' })
    expect(group.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('alert').textContent).toBe('Rate it')
  })
})
