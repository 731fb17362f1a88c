// The layers inside renderer/ (docs/architecture.md), checked on every import by the
// path it resolves to, not by how it is spelled: `../map/x` from features/home is
// another feature, `../layers/x` from features/map/edit is the same one.
//
//   app → features/* → plan → db, services, hooks, ui, i18n, host → shared
//
// A layer imports only from layers after it (and its own folder); a feature never
// imports another feature; db/ and ui/ (and the other lower folders) import no feature,
// no plan and no app.
import { dirname, relative, resolve, sep } from 'node:path';

const lower = ['db', 'services', 'hooks', 'ui', 'i18n', 'host'];

/** The layer a file of the repo belongs to, or null outside renderer/. */
export function layerOf(repoPath) {
  const parts = repoPath.split(sep).join('/').split('/');
  if (parts[0] !== 'renderer') return null;
  const top = parts[1] ?? '';
  if (parts.length === 2) return { name: 'app', rank: 0 }; // main.tsx and the page's own files
  if (top === 'app') return { name: 'app', rank: 0 };
  if (top === 'features') return { name: `features/${parts[2] ?? ''}`, rank: 1 };
  if (top === 'plan') return { name: 'plan', rank: 2 };
  if (lower.includes(top)) return { name: top, rank: 3 };
  return { name: top, rank: 3 };
}

/** Why importing `to` from `from` breaks the layers, or null when it is allowed. */
export function layerViolation(from, to) {
  if (!from || !to) return null;
  if (from.name === to.name) return null;
  if (from.rank === 1 && to.rank === 1) {
    return `${from.name} imports ${to.name}: a feature never imports another feature. Move what both need down a layer (db/queries, plan/, ui/, shared/rules), or let app/ compose them (services/SharedDialogs).`;
  }
  if (to.rank < from.rank) {
    return `${from.name} imports ${to.name}: a layer imports only from the layers below it (app → features → plan → db, services, hooks, ui, i18n, host → shared).`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the layers inside renderer/ (docs/architecture.md).' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(relative(root, file));
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(relative(root, resolve(dirname(file), source)));
      const message = layerViolation(from, to);
      if (message) context.report({ node, message });
    };
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};

export default { rules: { layers: rule } };
