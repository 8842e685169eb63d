import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Field } from './Field'

describe('Field', () => {
  it('labels its control and announces an error next to it', () => {
    render(
      <Field label="Race name" error="Enter the race name" hint="As on the bib">
        <input />
      </Field>
    )
    const input = screen.getByLabelText('Race name')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('alert').textContent).toBe('Enter the race name')
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? []
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'As on the bib',
      'Enter the race name'
    ])
  })

  it('is quiet when the input is fine', () => {
    render(
      <Field label="Race name">
        <input />
      </Field>
    )
    expect(screen.getByLabelText('Race name').hasAttribute('aria-invalid')).toBe(false)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
