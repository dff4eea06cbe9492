// The public API as a TypeScript user sees it, read from the built declarations: every type that an
// export names is exported too, and the side-effect-free entry defines nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import ts from 'typescript';

const entry = resolve('dist/src/elements.d.ts');
const program = ts.createProgram([entry], { strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const ours = (file) => file.startsWith(resolve('dist')) && !file.includes('node_modules');

test('every type named by an exported declaration is exported', () => {
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
  const exported = new Set(checker.getExportsOfModule(module).map((s) => s.name));
  const missing = new Set();
  const visit = (node, owner) => {
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      let symbol = checker.getSymbolAtLocation(ts.isTypeReferenceNode(node) ? node.typeName : node.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.declarations?.[0];
      const isType = symbol && symbol.flags & (ts.SymbolFlags.Type & ~ts.SymbolFlags.TypeParameter);
      if (isType && ours(declaration.getSourceFile().fileName) && !exported.has(symbol.name)) {
        missing.add(`${symbol.name} (named by ${owner})`);
      }
    }
    // Private members are not part of the API.
    if (ts.isPrivateIdentifier(node.name ?? {})) return;
    const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) return;
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  let declarations = 0;
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target.declarations ?? []) {
      declarations++;
      visit(declaration, symbol.name);
    }
  }
  assert.ok(declarations > 40, `read ${declarations} declarations`);
  assert.deepEqual([...missing].sort(), []);
});

test('elements.js gives the classes without defining them; index.js defines them', async () => {
  await import('@lit-labs/ssr'); // installs the DOM shim that Lit needs in Node
  const classes = await import('../../dist/src/elements.js');
  assert.equal(typeof classes.TimelineEventElement, 'function');
  for (const name of ['event-timeline', 'korea-timeline', 'timeline-event']) {
    assert.equal(customElements.get(name), undefined, `${name} is not defined`);
  }
  await import('../../dist/src/index.js');
  assert.equal(customElements.get('event-timeline'), classes.EventTimeline);
  assert.equal(customElements.get('korea-timeline'), classes.KoreaTimeline);
});
