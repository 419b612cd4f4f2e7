package io.touchpointhub.routes.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding and start-up checks of {@code hub.email}. */
class EmailPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Binding.class);

    @Test
    void hasNoMailboxWhenNothingIsConfigured() {
        context.run(started -> assertThat(started.getBean(EmailProperties.class).mailboxes()).isEmpty());
    }

    @Test
    void failsStartUpNamingThePropertyOfAMissingPassword() {
        context.withPropertyValues("hub.email.mailboxes.support.host=imap.acme.test",
                        "hub.email.mailboxes.support.username=support@acme.test")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("hub.email.mailboxes.support.password"));
    }

    @Test
    void defaultsToImapsOnItsPortWithoutDeletingAndHidesTheSecretFromToString() {
        context.withPropertyValues("hub.email.mailboxes.support.host=imap.acme.test",
                        "hub.email.mailboxes.support.username=support@acme.test",
                        "hub.email.mailboxes.support.password=s3cret")
                .run(started -> {
                    EmailProperties.Mailbox mailbox = started.getBean(EmailProperties.class).mailboxes().get("support");
                    assertThat(mailbox.protocol()).isEqualTo(EmailProperties.Protocol.IMAPS);
                    assertThat(mailbox.effectivePort()).isEqualTo(993);
                    assertThat(mailbox.delete()).isFalse();
                    assertThat(mailbox.folder()).isEqualTo("INBOX");
                    assertThat(mailbox.catchesUp()).isTrue();
                    assertThat(mailbox.toString()).doesNotContain("s3cret", "support@acme.test");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmailProperties.class)
    static class Binding {
    }
}
