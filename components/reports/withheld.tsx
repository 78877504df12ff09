/** How a withheld figure reads wherever figures are shown: in words, quieter than a number. */
export function Withheld({ children }: { children: React.ReactNode }) {
  return <span className="text-base font-normal text-slate-500">{children}</span>;
}
