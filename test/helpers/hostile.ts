/**
 * The hostile texts every input path is tried with: markup that would run `<global>.pwned = 1` if it
 * were ever parsed as HTML, template syntax of other libraries, and a forged Lit marker. A test
 * passes when each is shown as text and `pwned` is never set.
 */
export function hostile(global: 'window' | 'parent' = 'window'): string[] {
  return [
    `<img src=x onerror="${global}.pwned=1">`,
    `"><script>${global}.pwned=1</script>`,
    `<svg onload="${global}.pwned=1">`,
    `\${${global}.pwned=1}`,
    `{{constructor.constructor("${global}.pwned=1")()}}`,
    '<!--?lit$1234$-->',
  ];
}
