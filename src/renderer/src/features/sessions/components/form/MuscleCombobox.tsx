import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { MUSCLES, REGION_LABELS, muscleName, type Muscle } from '@shared/domain/muscles'
import { foldText } from '@shared/domain/search'
import { Icon } from '@renderer/components/Icon'
import { useFieldError, useMuscleField } from '../../hooks/sessionFormContext'
import { searchMuscles } from '../../model/muscleSearch'

export type MuscleComboboxProps = { index: number }

const MAX_OPTIONS = 8

function exactMatch(text: string): Muscle | undefined {
  const folded = foldText(text.trim())
  return folded ? MUSCLES.find((m) => foldText(m.name) === folded) : undefined
}

/**
 * Pick a muscle by typing part of its name or another usual name: arrow keys move, Enter or
 * Tab takes the highlighted one, Escape closes the list; a click picks too.
 */
export function MuscleCombobox({ index }: MuscleComboboxProps) {
  const [muscleId, setMuscleId] = useMuscleField(index, 'muscleId')
  const error = useFieldError(`muscles.${index}.muscleId`)
  const [query, setQuery] = useState(() => (muscleId ? muscleName(muscleId) : ''))
  const [isOpen, setIsOpen] = useState(false)
  const [active, setActive] = useState(0)
  const id = useId()
  const listId = `${id}-list`
  const errorId = `${id}-error`
  const options = useMemo(
    () => (isOpen ? searchMuscles(query).slice(0, MAX_OPTIONS) : []),
    [isOpen, query]
  )
  const chosenName = muscleId ? muscleName(muscleId) : ''

  const pick = (muscle: Muscle): void => {
    setMuscleId(muscle.id)
    setQuery(muscle.name)
    setIsOpen(false)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const highlighted = options[active]
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!isOpen) {
        setIsOpen(true)
        setActive(0)
      } else {
        setActive((i) => Math.min(i + 1, options.length - 1))
      }
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((i) => Math.max(i - 1, 0))
    } else if (event.key === 'Enter') {
      // Enter never submits the form from here: it picks.
      event.preventDefault()
      if (isOpen && highlighted) pick(highlighted)
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault()
      event.stopPropagation()
      setIsOpen(false)
      setQuery(chosenName || query)
    } else if (
      event.key === 'Tab' &&
      isOpen &&
      highlighted &&
      query.trim() &&
      query !== chosenName
    ) {
      pick(highlighted)
    }
  }

  const handleBlur = (): void => {
    setIsOpen(false)
    if (query === chosenName) return
    const exact = exactMatch(query)
    if (exact) pick(exact)
    // Text that names no muscle stays in the box, and saving says to choose from the list.
    else if (muscleId) setMuscleId('')
  }

  const optionId = (i: number): string => `${id}-opt-${i}`

  return (
    <div className="field combobox">
      <label className="field__label" htmlFor={`${id}-input`}>
        Muscle
      </label>
      <input
        id={`${id}-input`}
        className="input"
        role="combobox"
        aria-expanded={isOpen && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen && options[active] ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder="Type to find: soleus, glute, ITB…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setIsOpen(true)
          setActive(0)
        }}
        onClick={() => setIsOpen(true)}
        onKeyDown={handleKeyDown}
        onBlur={handleBlur}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Muscles"
        className="combobox__list"
        hidden={!isOpen || options.length === 0}
      >
        {options.map((muscle, i) => (
          <li
            key={muscle.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`combobox__option ${i === active ? 'is-active' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault()
              pick(muscle)
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="grow">{muscle.name}</span>
            {muscle.hasLungFieldPrecaution ? (
              <span className="badge badge--danger" title="Pneumothorax precaution">
                <Icon name="alert" size={12} /> Lung field
              </span>
            ) : null}
            <span className="muted small">{REGION_LABELS[muscle.region]}</span>
          </li>
        ))}
      </ul>
      {isOpen && query.trim() && options.length === 0 ? (
        <span className="field__hint">No muscle in the list matches “{query}”.</span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  )
}
