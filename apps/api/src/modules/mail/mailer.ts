import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import { logger } from '../../logger.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Whether mail reaches people; a folder mailer keeps it for the developer instead. */
  readonly delivers: boolean;
  send(mail: Mail): Promise<void>;
}

/** Sends through the configured SMTP server. */
class SmtpMailer implements Mailer {
  readonly delivers = true;
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...mail });
  }
}

/** Without SMTP, each mail is written as an .eml file a developer can open: never lost silently. */
class FolderMailer implements Mailer {
  readonly delivers = false;
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true });

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {}

  async send(mail: Mail): Promise<void> {
    const { message } = (await this.transport.sendMail({ from: this.from, ...mail })) as { message: Buffer };
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${new Date().toISOString().replaceAll(':', '-')}-${randomUUID()}.eml`);
    await writeFile(file, message);
    logger.info('mail written to folder (SMTP_URL is not set)', { to: mail.to, subject: mail.subject, file });
  }
}

export function createMailer(config: Pick<Config, 'mail'>): Mailer {
  return config.mail.kind === 'smtp'
    ? new SmtpMailer(config.mail.url, config.mail.from)
    : new FolderMailer(config.mail.dir, config.mail.from);
}
