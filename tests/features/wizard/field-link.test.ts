import { afterEach, describe, expect, it, vi } from 'vitest';
import { findField, landOnField, readStepTarget, stepHref } from '@/features/wizard/field-link';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('links to one field', () => {
  it('write and read the step, field and "from review"', () => {
    const href = stepHref('a1', 'q4', { field: 'harms.2.groups', fromReview: true });
    expect(href).toBe('/assessments/a1/q4?field=harms.2.groups&from=review');
    expect(readStepTarget(href.slice(href.indexOf('?')))).toEqual({
      field: 'harms.2.groups',
      fromReview: true,
    });
    expect(stepHref('a1', 'review')).toBe('/assessments/a1/review');
    expect(readStepTarget('')).toEqual({ field: undefined, fromReview: false });
    expect(readStepTarget('?field=%20&from=list')).toEqual({ field: undefined, fromReview: false });
  });

  it('land on the row when the cell is not on the page, and on the table when the row is gone', () => {
    document.body.innerHTML = `
      <fieldset id="f-harms" tabindex="-1">
        <fieldset id="f-harms-0" tabindex="-1"><input id="f-harms-0-description"></fieldset>
      </fieldset>`;
    expect(findField('harms.0.description')?.id).toBe('f-harms-0-description');
    expect(findField('harms.0.why')?.id).toBe('f-harms-0');
    expect(findField('harms.7.why')?.id).toBe('f-harms');
    expect(findField('measures.0.owner')).toBeNull();
    expect(landOnField('measures.0.owner')).toBe(false);
  });

  it('open folded parts around the field, scroll it into view with its label, and focus it', () => {
    document.body.innerHTML = `
      <details id="more"><summary>More details</summary>
        <div class="usa-form-group" id="group">
          <label for="f-measures-0-owner">Who tracks it?</label>
          <input id="f-measures-0-owner">
        </div>
      </details>`;
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    expect(landOnField('measures.0.owner')).toBe(true);
    expect(document.querySelector('details')?.open).toBe(true);
    expect(document.activeElement?.id).toBe('f-measures-0-owner');
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById('group'));
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('make a target that cannot take focus focusable, so focus never drops to the page', () => {
    document.body.innerHTML = `<p id="f-tracks">Nothing to link to yet.</p>`;
    Element.prototype.scrollIntoView = vi.fn();
    expect(landOnField('tracks')).toBe(true);
    expect(document.activeElement?.id).toBe('f-tracks');
  });

  it('open a folded table row, wait for its fields, then focus the one linked to', async () => {
    // A folded row: only its summary stands for it; its fields appear once it is open (as React does).
    document.body.innerHTML = `
      <details id="row"><summary id="f-harms-2">Harm H3 · Renters · Rents rise</summary></details>`;
    const row = document.getElementById('row') as HTMLDetailsElement;
    new MutationObserver(() => {
      if (!row.open || document.getElementById('f-harms-2-severity')) return;
      // One commit, as React makes it: the summary gives up the row's id to the fields.
      setTimeout(() => {
        document.getElementById('f-harms-2')?.removeAttribute('id');
        row.insertAdjacentHTML(
          'beforeend',
          `<fieldset id="f-harms-2" tabindex="-1"><div class="usa-form-group">
             <label for="f-harms-2-severity">Severity</label><select id="f-harms-2-severity"></select>
           </div></fieldset>`,
        );
      }, 0);
    }).observe(row, { attributes: true, attributeFilter: ['open'] });
    Element.prototype.scrollIntoView = vi.fn();
    expect(landOnField('harms.2.severity')).toBe(true);
    expect(row.open).toBe(true);
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('f-harms-2-severity'), {
      timeout: 3_000,
    });
  });
});
