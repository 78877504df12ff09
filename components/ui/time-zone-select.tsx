"use client";

import { useEffect, useState, type SelectHTMLAttributes } from "react";
import { timeZoneOptions } from "@/lib/i18n/time-zones";

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "children" | "defaultValue" | "value">;

/**
 * A select of every IANA time zone that starts with the saved one only: four hundred options in the
 * page's HTML, its data and its hydration made the cabinet's first load block a phone's main thread
 * for about 100 ms. The list is filled from the browser's own zone list once the page is idle, or at
 * once when the person reaches for the control (focus, touch, pointer), whichever comes first.
 */
export function TimeZoneSelect({ current, ...select }: SelectProps & { current: string }) {
  const [zones, setZones] = useState<string[]>([current]);
  const fill = () => setZones((shown) => (shown.length > 1 ? shown : timeZoneOptions(current)));
  useEffect(() => {
    const later = window.requestIdleCallback ? window.requestIdleCallback(fill, { timeout: 2000 }) : window.setTimeout(fill, 500);
    return () => (window.cancelIdleCallback ? window.cancelIdleCallback(later) : window.clearTimeout(later));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filled once; `fill` only reads `current`
  }, []);
  return (
    <select {...select} defaultValue={current} onFocus={fill} onPointerDown={fill} onTouchStart={fill}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, " ")}
        </option>
      ))}
    </select>
  );
}
