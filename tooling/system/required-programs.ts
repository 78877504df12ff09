/**
 * The system programs `npm test` runs besides Node: Debian's Chromium (the journeys) and poppler's
 * pdftoppm, pdfinfo and pdftotext (the HR report and the staff poster are checked as an image, for
 * their page size and for their words). A fresh machine may lack them: as
 * root on Debian they are installed here, as `.ci/run` does; otherwise the run stops at once with
 * the exact command to run, rather than failing a journey minutes later.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

interface Program {
  /** Any of these on PATH (or as an absolute path) will do. */
  commands: string[];
  debianPackage: string;
}

export const REQUIRED_PROGRAMS: Program[] = [
  { commands: ["chromium", "chromium-browser"], debianPackage: "chromium" },
  { commands: ["pdftoppm"], debianPackage: "poppler-utils" },
  { commands: ["pdfinfo"], debianPackage: "poppler-utils" },
  { commands: ["pdftotext"], debianPackage: "poppler-utils" },
];

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Installs what is missing where it can; returns the sentence to stop with when it cannot, or null. */
export function ensureRequiredPrograms(log: (line: string) => void = console.log): string | null {
  const missing = REQUIRED_PROGRAMS.filter((program) => !program.commands.some(onPath));
  if (!missing.length) return null;
  const packages = [...new Set(missing.map((program) => program.debianPackage))];
  const command = `apt-get install -y ${packages.join(" ")}`;
  const canInstall = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (canInstall) {
    log(`[system] installing ${packages.join(", ")} (Debian packages the tests run)`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
    const still = missing.filter((program) => !program.commands.some(onPath));
    if (!still.length) return null;
  }
  return `The tests need ${packages.join(" and ")}, which this machine lacks. Install ${packages.length > 1 ? "them" : "it"} and run npm test again:\n  sudo ${command}`;
}
