package io.touchpointhub.routes.alerts;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Sends an alert as a plain-text e-mail over SMTP (Jakarta Mail) to {@code hub.listening.alerts.email.to}.
 * Connection failures are retried by the Resilience4j retry {@value #BACKEND}; a rejected address is not.
 */
@Component
class EmailSender {

    static final String BACKEND = "listening-alerts-email";

    private final AlertProperties.Email email;
    private final Session session;
    private final Retry retry;

    EmailSender(AlertProperties properties, RetryRegistry retries) {
        this.email = properties.email();
        this.session = Session.getInstance(smtpProperties(email));
        this.retry = retries.retry(BACKEND);
    }

    void send(Alert alert, String subject, String text) {
        retry.executeRunnable(() -> deliver(alert, subject, text));
    }

    private void deliver(Alert alert, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(email.from()));
            for (String to : email.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("X-Touchpoint-Alert-Id", String.valueOf(alert.id()));
            if (email.username() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, email.username(), email.password());
            }
        } catch (SendFailedException e) {
            throw new AlertDeliveryException("SMTP server refused the message or a recipient", e);
        } catch (MessagingException e) {
            throw new AlertDeliveryException.Transient("Sending e-mail failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** SMTP over SSL is the smtp transport with ssl.enable: Transport.send picks the transport of "rfc822", smtp. */
    static Properties smtpProperties(AlertProperties.Email email) {
        Properties props = new Properties();
        props.put("mail.smtp.host", email.host() == null ? "localhost" : email.host());
        props.put("mail.smtp.port", String.valueOf(email.port()));
        props.put("mail.smtp.auth", String.valueOf(email.username() != null));
        String timeout = String.valueOf(email.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        if ("ssl".equals(email.security())) {
            props.put("mail.smtp.ssl.enable", "true");
        }
        if ("starttls".equals(email.security())) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (!"none".equals(email.security())) {
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return props;
    }
}
