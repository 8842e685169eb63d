import { formatNeedleSize, type Session } from '@shared/domain/session'
import { muscleName } from '@shared/domain/muscles'
import { BodyMap, type BodyMapMarker } from '@renderer/components/bodyMap/BodyMap'
import { MarkerKey, shapeForIndex } from '@renderer/components/bodyMap/markerShapes'
import { Icon } from '@renderer/components/Icon'
import { findMuscle } from '@shared/domain/muscles'
import {
  formatDwell,
  formatNeedles,
  formatSide,
  formatTechnique,
  formatTwitches
} from '../../model/format'

export type SessionNeedlingCardProps = { session: Session }

/** Marker colours, one per muscle, in the table's order. */
const COLORS = ['#0d7a78', '#c0392b', '#6d4bc4', '#d08a12', '#2c6fbb', '#7a8b1e']

export function SessionNeedlingCard({ session }: SessionNeedlingCardProps) {
  const markers: BodyMapMarker[] = session.muscles.flatMap((m, i) =>
    m.points.map((p) => ({
      ...p,
      color: COLORS[i % COLORS.length],
      shape: shapeForIndex(i),
      number: i + 1,
      label: `${i + 1}. ${muscleName(m.muscleId)}`
    }))
  )
  return (
    <section className="card session-page__full" aria-labelledby="s-needling">
      <div className="card__header">
        <h2 id="s-needling">Needling</h2>
        <span className="muted small">
          {session.hasNeedling
            ? `${session.muscles.length} ${session.muscles.length === 1 ? 'muscle' : 'muscles'}`
            : 'No needling this session'}
        </span>
      </div>
      {session.hasNeedling ? (
        <div className="card__body needling-summary">
          <table className="table table--reflow" aria-label="Needled muscles">
            <thead>
              <tr>
                <th>Muscle</th>
                <th>Side</th>
                <th>Needles</th>
                <th>Size</th>
                <th>Technique</th>
                <th>Dwell</th>
                <th>Twitches</th>
                <th>Pain during</th>
                <th>Tightness</th>
                <th>Points</th>
              </tr>
            </thead>
            <tbody>
              {session.muscles.map((m, i) => (
                <tr key={i}>
                  <td>
                    <MarkerKey
                      shape={shapeForIndex(i)}
                      color={COLORS[i % COLORS.length]!}
                      number={i + 1}
                    />
                    {muscleName(m.muscleId)}
                    {findMuscle(m.muscleId)?.hasLungFieldPrecaution ? (
                      <span className="badge badge--danger" style={{ marginLeft: 6 }}>
                        <Icon name="alert" size={12} /> Lung field
                      </span>
                    ) : null}
                  </td>
                  <td className="nowrap" data-label="Side">
                    {formatSide(m.side)}
                  </td>
                  <td className="num" data-label="Needles">
                    {formatNeedles(m)}
                  </td>
                  <td className="num nowrap" data-label="Size">
                    {formatNeedleSize(m.needleSize)}
                  </td>
                  <td data-label="Technique">{formatTechnique(m)}</td>
                  <td className="num nowrap" data-label="Dwell">
                    {formatDwell(m.dwellSeconds)}
                  </td>
                  <td className="num" data-label="Twitches">
                    {formatTwitches(m.twitchCount)}
                  </td>
                  <td className="num nowrap" data-label="Pain during">
                    {m.painDuring === null ? '–' : `${m.painDuring} / 10`}
                  </td>
                  <td className="num nowrap" data-label="Tightness">
                    {m.tightnessBefore === null && m.tightnessAfter === null
                      ? '–'
                      : `${m.tightnessBefore ?? '–'} → ${m.tightnessAfter ?? '–'} / 10`}
                  </td>
                  <td className="num" data-label="Points">
                    {m.points.length}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <BodyMap
            label="Insertion points of this session"
            markers={markers}
            width={220}
            markerRadius={3.2}
          />
        </div>
      ) : null}
    </section>
  )
}
