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
