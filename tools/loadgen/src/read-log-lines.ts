import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoggingProcess {
  /** Its log is `<name>.log` (`conversation-2`). */
  readonly name: string;
  readonly service: string;
}

export type LogLine<T> = Partial<T> & {
  readonly process: string;
  readonly service: string;
  readonly at: number;
};

/**
 * The JSON lines with message `msg` that the processes logged from `since` on (ms since the epoch), each with
 * the process and service that wrote it and its time.
 */
export function readLogLines<T>(
  logDir: string,
  processes: readonly LoggingProcess[],
  msg: string,
  since: number,
): LogLine<T>[] {
  const marker = `"msg":${JSON.stringify(msg)}`;
  return processes.flatMap(({ name, service }) => {
    const file = join(logDir, `${name}.log`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((text) => text.includes(marker))
      .map((text) => JSON.parse(text) as Partial<T> & { time?: string })
      .map((line) => ({ ...line, process: name, service, at: Date.parse(line.time ?? '') }))
      .filter((line) => line.at >= since);
  });
}
