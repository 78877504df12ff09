"use client";

/**
 * One's own small preview, movable out of the way of the other person's face: dragged (mouse or
 * finger) it settles in the nearest corner; a tap or Enter moves it to the next corner; the arrow
 * keys send it left, right, up or down. The corner is remembered on this device.
 */
import { VideoTrack, type TrackReference } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";

const CORNERS = ["bottom-right", "bottom-left", "top-left", "top-right"] as const;
type Corner = (typeof CORNERS)[number];
const STORAGE_KEY = "harbor.call.previewCorner";
/** Below the connection line and the lock at the top; above the stage's bottom edge. */
const PLACE: Record<Corner, string> = {
  "bottom-right": "right-2 bottom-2",
  "bottom-left": "left-2 bottom-2",
  "top-left": "left-2 top-10",
  "top-right": "right-2 top-10",
};
/** A press that moved less than this is a tap. */
const DRAG_PX = 8;

function rememberedCorner(): Corner {
  if (typeof window === "undefined") return "bottom-right";
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return CORNERS.find((c) => c === saved) ?? "bottom-right";
}

function withSide(corner: Corner, key: string): Corner {
  const [vertical, horizontal] = corner.split("-") as ["top" | "bottom", "left" | "right"];
  if (key === "ArrowLeft") return `${vertical}-left`;
  if (key === "ArrowRight") return `${vertical}-right`;
  if (key === "ArrowUp") return `top-${horizontal}`;
  if (key === "ArrowDown") return `bottom-${horizontal}`;
  return corner;
}

export function SelfPreview({ trackRef }: { trackRef: TrackReference }) {
  const t = useTranslations("call");
  const [corner, setCorner] = useState<Corner>(rememberedCorner);
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const press = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  // A drag ends in a click event too: that click must not move the preview on again.
  const justDragged = useRef(false);
  const box = useRef<HTMLButtonElement>(null);

  const settle = (next: Corner) => {
    setCorner(next);
    window.localStorage.setItem(STORAGE_KEY, next);
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    press.current = { x: event.clientX, y: event.clientY, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const start = press.current;
    if (!start) return;
    const x = event.clientX - start.x;
    const y = event.clientY - start.y;
    if (!start.moved && Math.hypot(x, y) < DRAG_PX) return;
    start.moved = true;
    setOffset({ x, y });
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const start = press.current;
    press.current = null;
    setOffset(null);
    justDragged.current = start?.moved ?? false;
    if (!start?.moved) return; // a tap: the click handler moves it on
    // The corner nearest to where the preview's centre was let go, within the stage.
    const stage = box.current?.parentElement?.getBoundingClientRect();
    const own = event.currentTarget.getBoundingClientRect();
    if (!stage) return;
    const centreX = own.left + own.width / 2;
    const centreY = own.top + own.height / 2;
    settle(`${centreY < stage.top + stage.height / 2 ? "top" : "bottom"}-${centreX < stage.left + stage.width / 2 ? "left" : "right"}`);
  };
  const onClick = () => {
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    settle(CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length]!);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = withSide(corner, event.key);
    if (next === corner) return;
    event.preventDefault();
    settle(next);
  };

  return (
    <button
      ref={box}
      type="button"
      aria-label={t("preview")}
      data-testid="self-preview"
      data-corner={corner}
      className={`absolute ${PLACE[corner]} w-1/4 min-w-20 cursor-grab touch-none overflow-hidden rounded-md border border-white/40 p-0 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white active:cursor-grabbing`}
      style={offset ? { transform: `translate(${offset.x}px, ${offset.y}px)` } : undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        press.current = null;
        setOffset(null);
      }}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <VideoTrack trackRef={trackRef} className="block w-full object-cover" muted />
    </button>
  );
}
