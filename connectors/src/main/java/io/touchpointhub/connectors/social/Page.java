package io.touchpointhub.connectors.social;

import java.util.List;

/**
 * One page of a {@link SocialStream}.
 *
 * @param items newest first, as the platform sent them
 * @param next  the token for the next older page, or {@code null} when the platform says there is none
 */
public record Page(List<Item> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * One item of a page.
     *
     * @param position its place in the stream (the platform's id, ordered by {@link Positions}), or
     *                 {@code null} when the item has none, i.e. it is malformed and only good for a dead letter
     * @param payload  the item as the platform sent it (one JSON object), for the channel's mapper
     */
    public record Item(String position, String payload) {

        /** Never the payload: it carries personal data. */
        @Override
        public String toString() {
            return "Item[" + position + ", " + (payload == null ? 0 : payload.length()) + " chars]";
        }
    }
}
