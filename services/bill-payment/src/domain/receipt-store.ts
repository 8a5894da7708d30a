import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Receipt PDFs in a local folder, one file per receipt named by its storage key. */
export class ReceiptStore {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** The PDF, or undefined when it has not been written (yet). */
  async read(storageKey: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Written beside and renamed into place, so a reader never sees half a file. */
  async write(storageKey: string, bytes: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const partial = `${this.path(storageKey)}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, bytes);
    await rename(partial, this.path(storageKey));
  }

  private path(storageKey: string): string {
    if (!/^[\w.-]+$/.test(storageKey)) throw new Error(`not a storage key: ${storageKey}`);
    return join(this.dir, storageKey);
  }
}
