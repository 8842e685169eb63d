import type { PaperSize } from '@shared/ipc'
import type { SheetContent } from '@shared/domain/sheet/content'
import { SheetAdvice } from './SheetAdvice'
import { SheetHeader } from './SheetHeader'
import { SheetNextSteps } from './SheetNextSteps'
import { SheetTreatment } from './SheetTreatment'
import { SheetWarnings } from './SheetWarnings'

export type RecoverySheetProps = { content: SheetContent; paperSize: PaperSize }

/**
 * The take-home sheet as it prints. Laid out as a table only so that Chromium repeats the
 * header (the thead) at the top of every printed page when a long sheet runs onto a second.
 */
export function RecoverySheet({ content, paperSize }: RecoverySheetProps) {
  return (
    <article
      className={`sheet-paper sheet-paper--${paperSize === 'Letter' ? 'letter' : 'a4'}`}
      aria-label={`Recovery sheet for ${content.patientName}`}
    >
      <table className="sheet-frame" role="presentation">
        <thead>
          <tr>
            <td>
              <SheetHeader content={content} />
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <div className="sheet-body">
                {content.intro ? <p className="sheet-intro">{content.intro}</p> : null}
                <SheetTreatment content={content} />
                <SheetAdvice content={content} />
                <SheetWarnings content={content} />
                <SheetNextSteps content={content} />
              </div>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  )
}
