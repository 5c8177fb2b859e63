import path from 'node:path';

/**
 * Layers point one way: domain ← storage ← store ← view-model ← features ← app, with shared
 * leaves (i18n, lib, components). This rule resolves every import, `@/…` and relative alike, to
 * the room it lands in, so `../../storage/db` is caught as surely as `@/storage/db`.
 */
const SRC = path.resolve(import.meta.dirname, '../src');

/** Which rooms each room may import from ('own' = its own folder; features see only their own). */
const ALLOWED = {
  domain: ['domain'],
  lib: ['lib'],
  i18n: ['i18n'],
  storage: ['storage', 'domain', 'lib'],
  store: ['store', 'storage', 'domain', 'lib'],
  'view-model': ['view-model', 'domain', 'i18n', 'lib'],
  components: ['components', 'domain', 'i18n', 'lib'],
  feature: ['own', 'store', 'view-model', 'components', 'domain', 'i18n', 'lib'],
  app: ['app', 'features', 'components', 'store', 'domain', 'i18n', 'lib'],
  main: ['app', 'store', 'i18n', 'lib', 'domain'],
};

/** A feature's public entry points: the only files another feature may import. */
export const FEATURE_ENTRY_POINTS = [
  'pdf-export/export-pdf-button',
  'pdf-export/export-reviewed-pdf-button',
  'wizard/answers-view',
  'backup/backup-one-button',
  'backup/backup-panel',
  'backup/import-button',
  'backup/import-drop-zone',
  'backup/read-only-notice',
  'backup/sync-entry',
  'backup/trash-panel',
  'backup/unreadable',
  'pwa/build-info',
  'pwa/install-help',
  'submission/open-submission-button',
  'submission/read-submission',
];

/** Packages a room may not use: the domain stays pure TypeScript. */
const FORBIDDEN_PACKAGES = {
  domain: /^(react|react-dom|dexie|i18next|react-i18next|zustand|wouter|@react-pdf\/.*)(\/|$)/,
  storage: /^(react|react-dom|i18next|react-i18next|zustand|wouter)(\/|$)/,
  store: /^(react-dom|i18next|react-i18next|wouter)(\/|$)/,
};

function roomOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..' || rel.length === 0) return undefined;
  if (rel.length === 1) return { room: 'main' };
  if (rel[0] === 'features') {
    return { room: 'feature', feature: rel[1], rest: rel.slice(2).join('/') };
  }
  return { room: rel[0] };
}

function target(spec, file) {
  if (spec.startsWith('@/')) return path.join(SRC, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
  return undefined;
}

export const layersPlugin = {
  rules: {
    boundaries: {
      meta: {
        type: 'problem',
        messages: {
          layer: '{{from}} may not import from {{to}}/ (layers: {{allowed}}).',
          feature:
            "A feature imports another feature only through its entry points (eslint/layers.js): '{{spec}}'.",
          pkg: '{{from}} may not use {{spec}}: keep this layer free of it.',
        },
        schema: [],
      },
      create(context) {
        const from = roomOf(context.filename);
        if (!from) return {};
        const check = (node, spec) => {
          if (typeof spec !== 'string') return;
          const abs = target(spec, context.filename);
          if (!abs) {
            const forbidden = FORBIDDEN_PACKAGES[from.room];
            if (forbidden?.test(spec)) {
              context.report({ node, messageId: 'pkg', data: { from: from.room, spec } });
            }
            return;
          }
          const to = roomOf(abs);
          if (!to) return;
          const allowed = ALLOWED[from.room];
          if (to.room === 'feature') {
            if (from.room === 'feature' && to.feature === from.feature) return;
            if (from.room === 'app') return;
            const entry = `${to.feature}/${to.rest.replace(/\.(tsx?|js)$/, '')}`;
            if (from.room === 'feature' && FEATURE_ENTRY_POINTS.includes(entry)) return;
            context.report({ node, messageId: 'feature', data: { spec } });
            return;
          }
          const toName = to.room === 'main' ? 'src' : to.room;
          if (!allowed.includes(to.room)) {
            context.report({
              node,
              messageId: 'layer',
              data: { from: from.room, to: toName, allowed: allowed.join(', ') },
            });
          }
        };
        return {
          ImportDeclaration: (node) => check(node.source, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
          ExportAllDeclaration: (node) => check(node.source, node.source.value),
          ImportExpression: (node) =>
            node.source.type === 'Literal' && check(node.source, node.source.value),
        };
      },
    },
  },
};
