/**
 * Opens every folded `<details>` around an element ("More details" in a table row, the triage), so
 * it can take focus and be seen. Anything that moves focus to a field by its id should call it
 * first: a control inside a closed `<details>` cannot take focus.
 */
export function revealField(el: HTMLElement): HTMLElement {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    d.open = true;
  }
  return el;
}
