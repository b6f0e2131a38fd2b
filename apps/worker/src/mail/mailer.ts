import type { AppConfig } from '@berdaya/config';
import { Logger, type LoggerService } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { MailMessage } from './digest-mail';

/** Sends an e-mail; a rejected promise means it was not accepted for delivery. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}

/** Sends through the SMTP server of SMTP_URL, from MAIL_FROM. */
export class SmtpMailer extends Mailer {
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }
}

/** Without SMTP_URL: says what it would have sent, and counts it as sent. */
export class LoggingMailer extends Mailer {
  constructor(private readonly logger: LoggerService = new Logger('Mail')) {
    super();
  }

  send(message: MailMessage): Promise<void> {
    this.logger.log(`E-mail not sent (SMTP_URL unset) to ${message.to}: ${message.subject}`);
    return Promise.resolve();
  }
}

export function mailerFor(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new LoggingMailer();
}
