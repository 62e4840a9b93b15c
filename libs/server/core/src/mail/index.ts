/**
 * E-mail: the Mailer interface, SmtpMailer (nodemailer) and LogMailer (development default),
 * chosen from the environment by `mailerFromEnv`.
 */
export * from './mailer.js';
export * from './mail-config.js';
export * from './smtp.mailer.js';
export * from './log.mailer.js';
