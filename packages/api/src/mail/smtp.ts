import nodemailer from "nodemailer";
import type { MailTransport } from "./send";

/** Delivers outbox mail over SMTP (SMTP_URL, e.g. smtps://user:pass@mail.example.com:465). */
export function createSmtpTransport(config: { url: string; from: string }): MailTransport {
  const transporter = nodemailer.createTransport(config.url);
  return {
    deliver: async (mail) => {
      await transporter.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
