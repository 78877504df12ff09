/**
 * The camera, microphone and screen are allowed only in the employee's and psychologist's areas
 * (their Permissions-Policy header; every other page denies them). A browser keeps the policy of the
 * document it loaded first, so arriving in a room by an in-app link from a page that denies them
 * would leave the devices blocked. Where the browser can say so (Chromium's document.featurePolicy),
 * the room then loads itself once more, fresh, before anything is joined; a second load that is
 * still blocked is left alone.
 */
import { useEffect } from "react";

const RELOADED = "harbor.roomPolicyReload";

export function useRoomDevicePolicy(): void {
  useEffect(() => {
    const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
    if (!policy || policy.allowsFeature("microphone")) return sessionStorage.removeItem(RELOADED);
    if (sessionStorage.getItem(RELOADED) === location.pathname) return;
    sessionStorage.setItem(RELOADED, location.pathname);
    location.replace(location.href);
  }, []);
}
