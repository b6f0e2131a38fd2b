import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PlainTextCheck, SNIFF_BYTES } from './content-type.sniffer';

/** A file written to a temporary name, with what was learnt while writing it. */
export interface ReceivedFile {
  tempPath: string;
  sizeBytes: number;
  sha256: string;
  /** Its first bytes, enough to tell its type. */
  head: Buffer;
  /** All its bytes are plain text, which only reading every one of them tells. */
  plainText: boolean;
}

/** An opened stored file, ready to stream. */
export interface StoredFile {
  stream: Readable;
  sizeBytes: number;
}

const newKey = () => randomBytes(16).toString('hex');

/**
 * The files behind attachment rows, in ATTACHMENTS_DIR under random keys (never a client's file
 * name, which could name another path). A file is written under a temporary name and renamed to
 * its key only once complete, so a key never names half a file.
 */
@Injectable()
export class AttachmentStorage implements OnModuleInit {
  private readonly directory: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = resolve(config.attachmentsDir);
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.directory, { recursive: true });
  }

  /**
   * Writes `source` to a temporary file, hashing it, keeping its first bytes and checking whether
   * it is plain text on the way.
   */
  async receive(source: Readable): Promise<ReceivedFile> {
    // The leading dot and suffix keep temporary files apart from keys, which are bare hex.
    const tempPath = join(this.directory, `.${newKey()}.part`);
    const hash = createHash('sha256');
    const text = new PlainTextCheck();
    const headChunks: Buffer[] = [];
    let headBytes = 0;
    let sizeBytes = 0;
    source.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      text.push(chunk);
      sizeBytes += chunk.length;
      if (headBytes < SNIFF_BYTES) {
        headChunks.push(chunk);
        headBytes += chunk.length;
      }
    });
    try {
      await pipeline(source, createWriteStream(tempPath, { flags: 'wx' }));
    } catch (error) {
      await this.discard(tempPath);
      throw error;
    }
    const head = Buffer.concat(headChunks).subarray(0, SNIFF_BYTES);
    return { tempPath, sizeBytes, sha256: hash.digest('hex'), head, plainText: text.end() };
  }

  /** Moves a received file to a new key, answered; the rename is atomic within the directory. */
  async keep(tempPath: string): Promise<string> {
    const key = newKey();
    await rename(tempPath, this.pathOf(key));
    return key;
  }

  async open(key: string): Promise<StoredFile> {
    const handle = await open(this.pathOf(key), 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream(), sizeBytes: size };
  }

  /** Removes a temporary file; one already renamed or never written is no error. */
  async discard(tempPath: string): Promise<void> {
    await rm(tempPath, { force: true });
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(this.directory, key);
  }
}
