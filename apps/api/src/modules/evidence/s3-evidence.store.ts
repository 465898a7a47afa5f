import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import type { EvidenceStore } from './evidence.store.js';

export interface S3EvidenceStoreOptions {
  /** The service's base URL: `https://s3.eu-west-1.amazonaws.com`, `http://minio:9000`, … */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Put verbatim before every key, so `zi/` gives `zi/evidence/ab/<sha256>`. */
  prefix: string;
  /** The bucket goes in the path (MinIO) instead of the host name (AWS virtual-hosted style). */
  forcePathStyle: boolean;
}

/** Evidence in a bucket of any S3-compatible service (AWS S3, MinIO, Cloudflare R2). */
export class S3EvidenceStore implements EvidenceStore {
  private readonly client: AwsClient;

  constructor(private readonly options: S3EvidenceStoreOptions) {
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      region: options.region,
      service: 's3',
      // aws4fetch retries by resending the same body, which a stream that was read cannot do.
      retries: 0,
    });
  }

  private keyOf(sha256: string): string {
    return `${this.options.prefix}evidence/${sha256.slice(0, 2)}/${sha256}`;
  }

  private urlOf(sha256: string): string {
    const url = new URL(this.options.endpoint);
    const key = this.keyOf(sha256).split('/').map(encodeURIComponent).join('/');
    const base = url.pathname.replace(/\/$/, '');
    if (this.options.forcePathStyle) {
      url.pathname = `${base}/${encodeURIComponent(this.options.bucket)}/${key}`;
    } else {
      url.hostname = `${this.options.bucket}.${url.hostname}`;
      url.pathname = `${base}/${key}`;
    }
    return url.toString();
  }

  async has(sha256: string): Promise<boolean> {
    const response = await this.client.fetch(this.urlOf(sha256), { method: 'HEAD' });
    if (response.status === 404) return false;
    if (!response.ok) throw await this.failure(response, 'HEAD', sha256);
    return true;
  }

  async put(sha256: string, temporaryPath: string): Promise<void> {
    const { size } = await stat(temporaryPath);
    const response = await this.client.fetch(this.urlOf(sha256), {
      method: 'PUT',
      body: createReadStream(temporaryPath),
      // The content hash is the key's own hash: the service rejects bytes that do not match it.
      headers: { 'content-length': String(size), 'x-amz-content-sha256': sha256 },
    });
    if (!response.ok) throw await this.failure(response, 'PUT', sha256);
    await rm(temporaryPath, { force: true });
  }

  async read(sha256: string): Promise<Readable> {
    const response = await this.client.fetch(this.urlOf(sha256));
    if (!response.ok || !response.body) throw await this.failure(response, 'GET', sha256);
    return Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
  }

  private async failure(response: Response, method: string, sha256: string): Promise<Error> {
    const code = (await response.text()).match(/<Code>([^<]+)<\/Code>/)?.[1];
    const reason = code ? `${response.status} ${code}` : String(response.status);
    return new Error(`S3 ${method} ${this.options.bucket}/${this.keyOf(sha256)} failed: ${reason}`);
  }
}
