import type { KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Keyboard moves on the board jump a whole column: right/down to the next
 * stage, left/up to the previous one (the default 25 px steps would take a
 * dozen presses per column).
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects } }) => {
  const forward = event.code === "ArrowRight" || event.code === "ArrowDown";
  const backward = event.code === "ArrowLeft" || event.code === "ArrowUp";
  if (!collisionRect || (!forward && !backward)) return undefined;
  event.preventDefault();
  const center = collisionRect.left + collisionRect.width / 2;
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const target = forward ? columns.find((r) => r.left > center) : columns.reverse().find((r) => r.left + r.width < center);
  if (!target) return undefined;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: target.top + 40 };
};
