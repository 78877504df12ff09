/** Time zones to choose from: the runtime's IANA list, which may leave out "UTC" and a saved value. */
export function timeZoneOptions(current: string): string[] {
  return [...new Set([current, "UTC", ...Intl.supportedValuesOf("timeZone")])].sort();
}
