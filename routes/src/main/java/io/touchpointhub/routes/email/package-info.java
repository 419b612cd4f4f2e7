/**
 * The e-mail channel: polls the configured IMAP (or POP3) mailboxes with camel-mail and hands each
 * raw message to {@link io.touchpointhub.routes.channels.ChannelIntake} as an {@code email-mime}
 * payload, leaving messages on the server and reading each one into the log exactly once.
 */
package io.touchpointhub.routes.email;
