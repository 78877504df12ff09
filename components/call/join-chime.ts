/**
 * The soft sound that tells one side the other has come into the call: a short rising tone made in
 * the browser (no sound file to fetch), quiet, and off for whoever turned it off (kept in this
 * browser). A page that has not been touched yet may not play sound; then it stays silent.
 */
import { useSyncExternalStore } from "react";

const KEY = "harbor.joinChime";
const CHANGED = "harbor-join-chime";

export function playJoinChime(): void {
  try {
    const context = new AudioContext();
    const tone = context.createOscillator();
    const volume = context.createGain();
    const t0 = context.currentTime;
    tone.type = "sine";
    tone.frequency.setValueAtTime(660, t0);
    tone.frequency.linearRampToValueAtTime(880, t0 + 0.25);
    volume.gain.setValueAtTime(0.0001, t0);
    volume.gain.exponentialRampToValueAtTime(0.06, t0 + 0.05);
    volume.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.6);
    tone.connect(volume).connect(context.destination);
    tone.onended = () => void context.close();
    tone.start(t0);
    tone.stop(t0 + 0.65);
  } catch {
    // No audio output here: the call's status line still says who is in.
  }
}

function subscribe(notify: () => void) {
  window.addEventListener(CHANGED, notify);
  window.addEventListener("storage", notify);
  return () => {
    window.removeEventListener(CHANGED, notify);
    window.removeEventListener("storage", notify);
  };
}

/** Whether the chime is on (the default) in this browser, and a way to switch it. */
export function useJoinChime(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(KEY) !== "off",
    () => true,
  );
  const set = (next: boolean) => {
    localStorage.setItem(KEY, next ? "on" : "off");
    window.dispatchEvent(new Event(CHANGED));
  };
  return [on, set];
}
