import type { ReactNode } from 'react'

export type FormSectionProps = { title: string; intro: string; children: ReactNode }

/** One part of a long form: its title and purpose on the left, its fields on the right. */
export function FormSection({ title, intro, children }: FormSectionProps) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section className="card patient-form-section" aria-labelledby={id}>
      <div className="patient-form-section__intro">
        <h2 id={id}>{title}</h2>
        <p>{intro}</p>
      </div>
      <div className="patient-form-section__fields">{children}</div>
    </section>
  )
}
