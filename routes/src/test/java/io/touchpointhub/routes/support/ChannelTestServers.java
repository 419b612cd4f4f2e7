package io.touchpointhub.routes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The remote servers the channel routes talk to in integration tests, started once per test JVM so
 * that every test class shares one hub (one Spring context, one PostgreSQL, one Elasticsearch).
 *
 * <p>{@link #api()} is one OkHttp {@code MockWebServer} for every HTTP provider: each channel's
 * configuration in {@code application-it.yml} points its base URL at its own path prefix
 * ({@code /mastodon}, {@code /reddit}, {@code /crawl} ...), and a test installs the responses of its
 * prefix with {@link #answer(String, Function)}. Requests to a prefix nobody answers get 404.
 *
 * <p>{@link #mail()} is one GreenMail server speaking plain IMAP and POP3 on free ports, with the
 * mailbox of {@link #MAIL_USER} that the e-mail channel polls over IMAP ({@code
 * hub.email.mailboxes.support} in {@code application-it.yml}) and that of {@link #POP3_USER} it
 * polls over POP3 ({@code support-pop3}).
 */
public final class ChannelTestServers {

    private static final Map<String, Function<RecordedRequest, MockResponse>> HANDLERS = new ConcurrentHashMap<>();
    private static final MockWebServer API = startApi();

    /** The account the e-mail channel's {@code support} mailbox logs in with. */
    public static final String MAIL_USER = "support@acme.test";
    public static final String MAIL_PASSWORD = "support-secret";
    /** The account of the {@code support-pop3} mailbox. */
    public static final String POP3_USER = "pop@acme.test";
    public static final String POP3_PASSWORD = "pop-secret";
    private static final GreenMail MAIL = startMail();
    /** SMTP for alert e-mails (ListeningAlertIT): a GreenMail of its own, accepting every recipient. */
    private static final GreenMail SMTP = startSmtp();

    private ChannelTestServers() {
    }

    public static MockWebServer api() {
        return API;
    }

    /** The base URL of a provider's path prefix, e.g. {@code apiUrl("/mastodon")}. */
    public static String apiUrl(String prefix) {
        return API.url(prefix).toString();
    }

    /** Answers every request under {@code prefix} with {@code handler}, replacing an earlier handler. */
    public static void answer(String prefix, Function<RecordedRequest, MockResponse> handler) {
        HANDLERS.put(prefix, handler);
    }

    /** Stops answering {@code prefix} (its requests get 404 again). */
    public static void silence(String prefix) {
        HANDLERS.remove(prefix);
    }

    public static GreenMail mail() {
        return MAIL;
    }

    /** The GreenMail user behind {@link #MAIL_USER} or {@link #POP3_USER}. */
    public static GreenMailUser mailUser(String login) {
        return MAIL.getUserManager().getUser(login);
    }

    /** The SMTP server {@code hub.listening.alerts.email} sends to in tests ({@code test.mail.smtp.port}). */
    public static GreenMail smtp() {
        return SMTP;
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup[] {ServerSetupTest.IMAP.dynamicPort(), ServerSetupTest.POP3.dynamicPort()});
        mail.start();
        mail.setUser(MAIL_USER, MAIL_USER, MAIL_PASSWORD);
        mail.setUser(POP3_USER, POP3_USER, POP3_PASSWORD);
        return mail;
    }

    private static MockWebServer startApi() {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath() == null ? "/" : request.getPath();
                return HANDLERS.entrySet().stream()
                        .filter(e -> path.startsWith(e.getKey()))
                        .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                        .map(e -> e.getValue().apply(request))
                        .orElseGet(() -> new MockResponse().setResponseCode(404));
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
