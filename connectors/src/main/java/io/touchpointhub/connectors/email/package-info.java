/**
 * The e-mail channel's mapping: turns one raw RFC 822 message into an {@code email} touchpoint, with
 * MIME done properly (multipart/alternative, nested multiparts, any transfer encoding, any charset
 * including GBK and Big5, RFC 2047 encoded words, HTML to text) using Jakarta Mail and Jsoup only.
 *
 * <p>Entry points: {@link io.touchpointhub.connectors.email.EmailMessageMapper} (the
 * {@code email-mime} {@link io.touchpointhub.connectors.PayloadMapper}) and
 * {@link io.touchpointhub.connectors.email.EmailPayload}, which turns the message bytes a mail server
 * delivered into that mapper's payload string without losing a byte.
 */
package io.touchpointhub.connectors.email;
