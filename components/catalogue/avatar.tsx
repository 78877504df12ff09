import { useTranslations } from "next-intl";

/** A profile photo, or the initials on a tinted disc when there is none. */
export function Avatar({ name, photoUrl, size = "md" }: { name: string; photoUrl: string | null; size?: "md" | "lg" }) {
  const t = useTranslations("catalogue");
  const box = size === "lg" ? "h-24 w-24 text-2xl" : "h-14 w-14 text-lg";
  if (photoUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- served by our own API with its own caching
    return <img src={photoUrl} alt={t("photoOf", { name })} className={`${box} shrink-0 rounded-full object-cover`} />;
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
  return (
    <span aria-hidden className={`${box} inline-flex shrink-0 items-center justify-center rounded-full bg-harbor-100 font-semibold text-harbor-900`}>
      {initials}
    </span>
  );
}
