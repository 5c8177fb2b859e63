import { describe, expect, it } from 'vitest';
import { revealField } from '@/features/wizard/reveal-field';

describe('revealField', () => {
  it('opens every folded details around a field and leaves others alone', () => {
    document.body.innerHTML = `
      <details id="outer"><summary>Outer</summary>
        <details id="inner"><summary>More details</summary><input id="year" /></details>
      </details>
      <details id="other"><summary>Other</summary></details>`;
    const input = document.getElementById('year')!;
    expect(revealField(input)).toBe(input);
    expect(document.querySelector<HTMLDetailsElement>('#outer')!.open).toBe(true);
    expect(document.querySelector<HTMLDetailsElement>('#inner')!.open).toBe(true);
    expect(document.querySelector<HTMLDetailsElement>('#other')!.open).toBe(false);
  });
});
