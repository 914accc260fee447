/** Where the progress bar is drawn: a terminal's standard error, or anything else (then nothing is drawn). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Shows `label` at done of total; drawn again only when the shown percentage or label changes. */
  update(label: string, done: number, total: number): void;
  /** Clears the bar's line. */
  end(): void;
}

const SILENT: Progress = { update() {}, end() {} };

/** A one-line progress bar on a terminal; on anything that is not a terminal, nothing at all. */
export function progressBar(stream: ProgressStream): Progress {
  if (stream.isTTY !== true) return SILENT;
  let last = '';
  let drawn = false;
  return {
    update(label, done, total) {
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      const percent = Math.floor(ratio * 100);
      const key = `${label}\0${percent}`;
      if (key === last) return;
      last = key;
      const counts = ` ${percent}% ${done}/${total} ${label}`;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - counts.length - 3));
      const filled = Math.round(ratio * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${counts}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
      last = '';
    },
  };
}
