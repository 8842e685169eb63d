/**
 * Date inputs holding an entry that is not a real day (30 February, a half-typed date). The
 * browser reports such an entry as an empty value, so the form would otherwise take it for
 * "no date" and save without it; it is read from the input's validity instead. Keyed by the
 * input's `name`, which forms set to the record's field path.
 */
export function badDateInputs(form: HTMLFormElement | null): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form) return errors
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="date"]')) {
    if (input.validity.badInput && input.name) {
      errors[input.name] = 'That is not a real date: check the day, month and year'
    }
  }
  return errors
}

/** Moves focus to the first control the last validation marked invalid. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
