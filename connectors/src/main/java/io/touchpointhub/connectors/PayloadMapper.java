package io.touchpointhub.connectors;

import io.touchpointhub.model.Touchpoint;
import java.util.List;

/**
 * The connector contract: turns one payload of a channel, exactly as the channel delivered it, into
 * the touchpoints it describes. Pure and repeatable (no network, no clock beyond
 * {@code receivedAt}), so that a payload kept in the dead-letter store can be replayed through the
 * same mapper once the cause is fixed.
 *
 * <p>Implementations are thread-safe. A payload that cannot be mapped raises
 * {@link InvalidTouchpointException} naming the field and the rule it breaks, never quoting the
 * payload (which carries personal data).
 */
public interface PayloadMapper {

    /**
     * The payload format this mapper reads, unique across the hub and stored with dead letters:
     * {@code mastodon-status}, {@code shopify-order}, {@code email-mime} ...
     */
    String format();

    /**
     * @param source  the configured source the payload came from (the account, mailbox, shop or feed
     *                name), which becomes {@link io.touchpointhub.model.TouchpointKey#source()}
     * @param payload the payload as received (JSON, MIME, a CSV row rendered as JSON ...)
     * @return the touchpoints in the payload, possibly none (a payload that is valid but carries no
     *         touchpoint, such as a deleted post)
     * @throws InvalidTouchpointException when the payload is malformed or misses a required field
     */
    List<Touchpoint> map(String source, String payload);
}
