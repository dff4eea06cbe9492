/** Geometry for the layout tests: what a reader would see as two things on top of each other. */

/** Whether two boxes overlap by more than `slack` px each way (sub-pixel rounding is not an overlap). */
export const overlap = (a: DOMRect, b: DOMRect, slack = 0.5): boolean =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Every pair of named boxes that overlap, as "a × b". */
export function overlaps(boxes: readonly { name: string; box: DOMRect }[], slack = 0.5): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlap(a.box, b.box, slack)) found.push(`${a.name} × ${b.name}`);
  });
  return found;
}
