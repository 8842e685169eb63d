import type { SelectHTMLAttributes } from 'react'

export type Units = 'km' | 'mi'

export type UnitsSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> & {
  value: Units
  onChange: (units: Units) => void
}

/** The clinic's distance unit; extra props (id, aria-*) reach the select, as Field expects. */
export function UnitsSelect({ value, onChange, ...rest }: UnitsSelectProps) {
  return (
    <select
      className="select"
      {...rest}
      value={value}
      onChange={(e) => onChange(e.target.value === 'mi' ? 'mi' : 'km')}
    >
      <option value="km">Kilometres</option>
      <option value="mi">Miles</option>
    </select>
  )
}
