import { PROGRESS_RANGES, RANGE_LABELS, type ProgressRange } from '../model/range'

export type RangePickerProps = { value: ProgressRange; onChange: (range: ProgressRange) => void }

export function RangePicker({ value, onChange }: RangePickerProps) {
  return (
    <div className="range-picker" role="group" aria-label="Time range">
      {PROGRESS_RANGES.map((range) => (
        <button
          key={range}
          type="button"
          className={`range-picker__option ${value === range ? 'is-active' : ''}`}
          aria-pressed={value === range}
          onClick={() => onChange(range)}
        >
          {RANGE_LABELS[range]}
        </button>
      ))}
    </div>
  )
}
