/** A one-line progress bar on stderr (redrawn in place on a terminal, a line per 10 % otherwise). */
export type Progress = { update: (done: number) => void; done: () => void };

export function createProgress(label: string, total: number): Progress {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  let lastDecile = -1;
  const draw = (done: number) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(fraction * width);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const line = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total} ${seconds.toFixed(0)}s ${rate}/s`;
    if (tty) process.stderr.write(`\r${line}`);
    else {
      const decile = Math.floor(fraction * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${line}\n`);
      }
    }
  };
  return {
    update: draw,
    done: () => {
      draw(total);
      if (tty) process.stderr.write("\n");
    },
  };
}
