export { defineMailTemplate, renderMail, type MailTemplate, type RenderedMail } from "./template";
export { queueMail, type MailTransport } from "./send";
export { deliverPendingMail } from "./deliver";
export { createSmtpTransport } from "./smtp";
