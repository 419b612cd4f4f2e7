package io.touchpointhub.search.profile;

import io.touchpointhub.search.TouchpointDocument;
import java.util.List;

/**
 * One page of a profile's timeline: touchpoints from every channel, newest first.
 *
 * @param total how many touchpoints the profile has in all (exact)
 * @param page  the page number, starting at 0
 * @param size  the requested page size
 */
public record TimelinePage(List<TouchpointDocument> items, long total, int page, int size) {

    public TimelinePage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
