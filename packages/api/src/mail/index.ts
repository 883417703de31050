export { defineMailTemplate, renderMail, type MailTemplate, type RenderedMail } from "./template";
export { quote } from "./quote";
export { queueMail, type MailTransport } from "./send";
export { deliverPendingMail } from "./deliver";
export { createSmtpTransport } from "./smtp";
