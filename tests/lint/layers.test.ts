// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rule resolves relative and `@/` imports alike, and keeps the domain pure. */
const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/boundaries')
    .map((m) => m.message);
}

// The first test starts ESLint with type information: slow on a busy 2-core machine.
describe('layer boundaries', { timeout: 30_000 }, () => {
  it('catches a relative import that climbs into a later layer', async () => {
    const errors = await layerErrors(
      'src/domain/probe.ts',
      "import { getDb } from '../storage/db';\nexport const x = getDb;\n",
    );
    expect(errors).toEqual([expect.stringContaining('domain may not import from storage/')]);
  });

  it('keeps react, dexie and i18n out of the domain', async () => {
    const errors = await layerErrors(
      'src/domain/probe.ts',
      "import Dexie from 'dexie';\nimport { i18n } from '@/i18n/i18n';\nexport const x = [Dexie, i18n];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('lets features reach another feature only through its entry points', async () => {
    const inner = await layerErrors(
      'src/features/wizard/probe.ts',
      "import { renderPdf } from '../pdf-export/pdf-client';\nexport const x = renderPdf;\n",
    );
    expect(inner).toEqual([expect.stringContaining('entry points')]);
    const entry = await layerErrors(
      'src/features/wizard/probe.ts',
      "import { ExportPdfButton } from '@/features/pdf-export/export-pdf-button';\nexport const x = ExportPdfButton;\n",
    );
    expect(entry).toEqual([]);
  });

  it('keeps features off storage: they go through the store', async () => {
    const errors = await layerErrors(
      'src/features/backup/probe.ts',
      "import { getDb } from '@/storage/db';\nexport const x = getDb;\n",
    );
    expect(errors).toEqual([expect.stringContaining('feature may not import from storage/')]);
  });
});
