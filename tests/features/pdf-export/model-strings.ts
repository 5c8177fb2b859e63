import type { PdfModel } from '@/features/pdf-export/pdf-model';

/** Every string the model puts on the page: answers, plans, table cells, labels. */
export function modelStrings(model: PdfModel): string[] {
  const out: string[] = [
    model.cover.title,
    model.cover.completeness,
    model.cover.draftNote,
    model.cover.conclusion,
    ...model.cover.facts.map((f) => f.value),
  ];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      out.push(block.label);
      if (block.kind === 'answer') {
        if (block.answer.state === 'answered') out.push(block.answer.text);
        if (block.answer.state === 'notKnown') out.push(block.answer.plan, block.answer.date);
      } else if (block.kind === 'table') {
        for (const row of block.rows) out.push(row.label, ...row.cells.filter((c) => c !== null));
      } else {
        for (const row of block.rows) out.push(row.question, row.answer, row.note);
      }
    }
  }
  out.push(...model.cover.summary.map((f) => f.value), model.checks.title);
  for (const line of [...model.checks.open, ...model.checks.notApplicable]) {
    out.push(line.sentence, line.rows);
  }
  out.push(...model.checks.notApplicable.map((line) => line.reason));
  return out.filter((s) => s.trim() !== '');
}
