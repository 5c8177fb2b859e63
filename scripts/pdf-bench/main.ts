// Benchmark page for `npm run bench:pdf` (built by scripts/bench-pdf.mjs, never part of the app).
// It drives the same worker client the Export PDF button uses.
import {
  comparableAssessment,
  stressAssessment,
  typicalAssessment,
} from '../../tests/fixtures/assessments';

// Made (and schema-checked) once, before any export is timed: building the stress fixture is a
// long main-thread task of the benchmark's own, not part of an export.
const fixtures = {
  typical: typicalAssessment(),
  stress: stressAssessment(),
  // The same answers as survey-pdf's document in `npm run bench:peers`.
  comparable: comparableAssessment(),
};

async function run(
  which: keyof typeof fixtures,
): Promise<{ ms: number; workerMs: number; bytes: number }> {
  const started = performance.now();
  const { renderPdf } = await import('@/features/pdf-export/pdf-client');
  const result = await renderPdf(fixtures[which]);
  return { ms: performance.now() - started, workerMs: result.ms, bytes: result.bytes.byteLength };
}

Object.assign(window, { pdfBench: { run } });
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
