// The progress bar of a folder run: stderr, only when it is a terminal. Each frame redraws one line
// (`\r` + ECMA-48 EL "erase line"), never wider than the terminal (a wrapped line could not be
// redrawn), with file names cut by display width; the last frame erases itself.
import { plainText, truncate } from "./text";

export interface Progress {
  update(done: number, total: number, file: string): void;
  end(): void;
}

const CLEAR_LINE = "\r\u001b[2K";
const BAR = 24;

export function progressBar(write: (s: string) => void, columns: number | undefined): Progress {
  const width = Math.max(20, (columns ?? 80) - 1);
  let shown = false;
  return {
    update(done, total, file) {
      const filled = Math.round((done / total) * BAR);
      const head = `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${done}/${total} `;
      write(CLEAR_LINE + truncate(head + plainText(file), width, "end"));
      shown = true;
    },
    end() {
      if (shown) write(CLEAR_LINE);
      shown = false;
    },
  };
}

export const noProgress: Progress = { update() {}, end() {} };
