/**
 * `cdn/hydrate.js` and the bundle it loads each carry lit-html, and each asks Trusted Types for a
 * policy named `lit-html`. Under `trusted-types lit-html` (without 'allow-duplicates') the second
 * request throws, and the element would never be defined. Evaluated before hydrate.js's own lit-html,
 * this hands every later request for a policy of the same name the one made first: both copies of
 * lit-html only pass their own template strings through it.
 */
const factory = (globalThis as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown } })
  .trustedTypes;
if (factory) {
  const create = factory.createPolicy.bind(factory);
  const made = new Map<string, unknown>();
  factory.createPolicy = (name, rules) => {
    if (!made.has(name)) made.set(name, create(name, rules));
    return made.get(name);
  };
}
