package io.touchpointhub.routes.templates;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteTemplateDefinition;
import org.springframework.stereotype.Component;

/**
 * The hub's route templates. A channel's YAML file instantiates one with {@code templatedRoute}; each
 * created route gets its own local bean built from the parameters (see {@link TemplateChannels}).
 *
 * <ul>
 *   <li>{@value #POLL_JSON_API}: every {@code period}, ask {@code url} for the items after the stored
 *       cursor and ingest each item;</li>
 *   <li>{@value #SIGNED_WEBHOOK}: receive {@code POST /webhooks/channels/<source>}, check the HMAC
 *       signature header, ingest the item (or the items at {@code items});</li>
 *   <li>{@value #READ_FEED}: every {@code period}, read the RSS or Atom feed at {@code url} as the web
 *       crawl channel does (robots.txt, per-host delay, conditional GET, SSRF guard) and ingest its items.</li>
 * </ul>
 */
@Component
class ChannelTemplates extends RouteBuilder {

    static final String POLL_JSON_API = "hub-poll-json-api";
    static final String SIGNED_WEBHOOK = "hub-signed-webhook";
    static final String READ_FEED = "hub-read-feed";

    private final TemplateChannels channels;

    ChannelTemplates(TemplateChannels channels) {
        this.channels = channels;
    }

    @Override
    public void configure() {
        mappingParameters(routeTemplate(POLL_JSON_API)
                .templateParameter("source", null, "lower-case name of the source: names the route and the cursor")
                .templateParameter("url", null, "the endpoint that lists items")
                .templateParameter("period", "5m", "how often to poll")
                .templateParameter("items", "", "JSON pointer of the item array in a response; empty: the response is the array")
                .templateParameter("cursor", "", "JSON pointer of an item's increasing id or timestamp")
                .templateParameter("cursorParam", "", "query parameter asking for items after a cursor")
                .templateParameter("authorization", "", "Authorization header value, e.g. Bearer {{env:ACME_TOKEN}}"))
                .templateBean("poller", JsonApiPollTask.class, channels::pollTask)
                .from("timer:hub-poll-{{source}}?period={{period}}&delay=1000")
                .to("bean:{{poller}}?method=pollOnce");

        mappingParameters(routeTemplate(SIGNED_WEBHOOK)
                .templateParameter("source", null, "lower-case name of the source: the path /webhooks/channels/<source>")
                .templateParameter("secret", null, "the shared secret, e.g. {{env:ACME_WEBHOOK_SECRET}}")
                .templateParameter("signatureHeader", "X-Signature", "the header carrying the signature")
                .templateParameter("algorithm", "HmacSHA256", "JCA MAC algorithm")
                .templateParameter("encoding", "HEX", "HEX or BASE64")
                .templateParameter("prefix", "", "text before the digest in the header, e.g. sha256=")
                .templateParameter("items", "", "JSON pointer of an item array in the body; empty: the body is one item"))
                .templateBean("receiver", WebhookReceiver.class, channels::webhook)
                .from("direct:hub-webhook-{{source}}")
                .to("bean:{{receiver}}?method=receive");

        routeTemplate(READ_FEED)
                .templateParameter("source", null, "lower-case name of the source (the site)")
                .templateParameter("url", null, "the RSS or Atom feed")
                .templateParameter("period", "15m", "how often to poll")
                .templateParameter("type", "post", "touchpoint type of the items")
                .templateBean("reader", FeedPollTask.class, channels::feedTask)
                .from("timer:hub-feed-{{source}}?period={{period}}&delay=1000")
                .to("bean:{{reader}}?method=pollOnce");
    }

    private static RouteTemplateDefinition mappingParameters(RouteTemplateDefinition template) {
        template.templateParameter("id", null, "JSON pointer of the item's id (the idempotency key)");
        TemplateParameters.MAPPING.forEach(template::templateParameter);
        return template;
    }
}
