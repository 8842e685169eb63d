import { useCallback, useMemo } from 'react'
import { muscleName, sideOfPoint } from '@shared/domain/muscles'
import type { BodyPoint } from '@shared/domain/session'
import { BodyMap } from '@renderer/components/bodyMap/BodyMap'
import { shapeForIndex } from '@renderer/components/bodyMap/markerShapes'
import { useFieldError, useFormValue, useSessionFormStores } from '../../hooks/sessionFormContext'
import { updateMuscle } from '../../model/formUpdates'
import { centrePoints, muscleTargets, removePoint, togglePoint } from '../../model/points'

export type MusclePointsFieldProps = { index: number }

const NO_POINTS: readonly BodyPoint[] = []

/**
 * Insertion points of one muscle on the front/back body map: a click places a point, a click
 * on a point removes it. From the keyboard the map takes focus: arrows move its cursor, Enter
 * places a point, Delete removes the selected one; "Add point at muscle centre" is one key.
 */
export function MusclePointsField({ index }: MusclePointsFieldProps) {
  const { form } = useSessionFormStores()
  const points = useFormValue((f) => f.muscles[index]?.points ?? NO_POINTS)
  const muscleId = useFormValue((f) => f.muscles[index]?.muscleId ?? '')
  const side = useFormValue((f) => f.muscles[index]?.side ?? null)
  const error = useFieldError(`muscles.${index}.points`)
  const targets = useMemo(() => muscleTargets(muscleId, side), [muscleId, side])

  const changePoints = useCallback(
    (change: (points: readonly BodyPoint[]) => BodyPoint[]) =>
      form.set((f) => {
        const current = f.muscles[index]
        return current ? updateMuscle(f, index, { points: change(current.points) }) : f
      }),
    [form, index]
  )

  const name = muscleId ? muscleName(muscleId) : `muscle ${index + 1}`
  const canAddCentre = muscleId !== '' && side !== null
  const markers = useMemo(
    () => points.map((p, i) => ({ ...p, number: i + 1, shape: shapeForIndex(index) })),
    [points, index]
  )
  const describePoint = useCallback(
    (p: BodyPoint, i: number): string =>
      `point ${i + 1}, ${sideOfPoint(p)} ${name.toLowerCase()}, ${p.view} view`,
    [name]
  )

  return (
    <div className="muscle-points">
      <BodyMap
        label={`Insertion points: ${name}`}
        markers={markers}
        targets={targets}
        onAddPoint={(p) => changePoints((all) => togglePoint(all, p))}
        onMarkerClick={(i) => changePoints((all) => removePoint(all, i))}
        onRemovePoint={(i) => changePoints((all) => removePoint(all, i))}
        describePoint={describePoint}
        width={216}
        markerRadius={3.4}
      />
      <div className="muscle-points__tools">
        <button
          type="button"
          className="btn btn--small"
          disabled={!canAddCentre}
          title={canAddCentre ? undefined : 'Choose the muscle and side first'}
          onClick={() => changePoints((all) => centrePoints(all, muscleId, side))}
        >
          Add point at muscle centre
        </button>
        {points.length === 0 ? (
          <span className="muted small">
            Click the map, or focus it and use the arrow keys and Enter, to place points
          </span>
        ) : (
          <ul className="list point-chips" aria-label={`Points placed: ${name}`}>
            {points.map((p, i) => {
              const where = `${p.view === 'front' ? 'front' : 'back'}, ${sideOfPoint(p)}`
              return (
                <li key={`${p.view}-${p.x}-${p.y}-${i}`}>
                  <button
                    type="button"
                    className="point-chip"
                    aria-label={`Remove point ${i + 1} (${where})`}
                    title="Remove this point"
                    onClick={() => changePoints((all) => removePoint(all, i))}
                  >
                    {i + 1} · {p.view === 'front' ? 'Front' : 'Back'}{' '}
                    {sideOfPoint(p) === 'left' ? 'L' : 'R'}
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              )
            })}
          </ul>
        )}
        {error ? (
          <span className="field__error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </div>
  )
}
