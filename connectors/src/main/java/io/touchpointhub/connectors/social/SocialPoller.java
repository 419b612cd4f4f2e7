package io.touchpointhub.connectors.social;

import io.touchpointhub.connectors.TransientConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a {@link SocialStream} from its newest page back to the stream's {@link Cursor}, the same way
 * for every platform: each item goes to the {@link PayloadSink} as its own payload (so one malformed
 * item becomes one dead letter and the others go on), and the cursor is saved only after everything it
 * covers was handed over. A crash or a failed call before that repeats the poll; the touchpoint log's
 * idempotency keeps repeated items once.
 *
 * <ul>
 *   <li>First poll (no cursor): at most {@code backfillLimit} of the newest items, then the cursor is
 *       the newest of them.</li>
 *   <li>Later polls: every item newer than the cursor, following {@link Page#next()} until a page
 *       reaches the cursor or the stream ends. After {@code maxPagesPerPoll} pages the poll records its
 *       progress as a catch-up and the next poll continues from there, so a long outage is caught up
 *       over several polls without gaps and without holding everything in memory.</li>
 *   <li>A page that is not a page at all ({@link MalformedPageException}) goes to the sink whole (it
 *       becomes a dead letter, once however often it repeats), the cursor keeps everything ingested
 *       before it, and the next poll asks for that page again: skipping it could lose items. A page
 *       that fails transiently (5xx after retries, open breaker, rate limit) keeps the progress the
 *       same way, and the exception ends the poll.</li>
 * </ul>
 *
 * <p>One instance serves one source; polls of one stream must not run concurrently (each source polls
 * on its own timer thread).
 */
public final class SocialPoller {

    private static final Logger LOG = LoggerFactory.getLogger(SocialPoller.class);

    private final int backfillLimit;
    private final int maxPagesPerPoll;
    /** Hash of the last page body each stream rejected, so a page that stays broken is kept once. */
    private final Map<String, Integer> lastRejectedPage = new ConcurrentHashMap<>();

    /**
     * @param backfillLimit   items a stream's first poll ingests at most
     * @param maxPagesPerPoll pages a later poll reads before it saves a catch-up and stops
     */
    public SocialPoller(int backfillLimit, int maxPagesPerPoll) {
        if (backfillLimit < 1 || maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("backfillLimit and maxPagesPerPoll must be at least 1");
        }
        this.backfillLimit = backfillLimit;
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    public PollResult poll(SocialStream stream, CursorStore cursors, PayloadSink sink) {
        Cursor cursor = cursors.load(stream.id()).map(Cursor::decode).orElse(Cursor.NONE);
        return new Walk(stream, cursors, sink, cursor).run();
    }

    /** The state of one poll of one stream. */
    private final class Walk {

        private final SocialStream stream;
        private final CursorStore cursors;
        private final PayloadSink sink;
        private final String floor;
        private final List<String> unplaced = new ArrayList<>();
        private String top;
        private String token;
        private int payloads;
        private int pages;
        private boolean reached;

        Walk(SocialStream stream, CursorStore cursors, PayloadSink sink, Cursor cursor) {
            this.stream = stream;
            this.cursors = cursors;
            this.sink = sink;
            this.floor = cursor.seen();
            this.top = cursor.catchUpTop();
            this.token = cursor.catchUpNext();
        }

        PollResult run() {
            while (true) {
                pages++;
                Page page;
                try {
                    page = token == null ? stream.first(floor) : stream.next(token);
                } catch (MalformedPageException e) {
                    return rejected(e);
                } catch (TransientConnectorException e) {
                    // worth continuing there; a permanent refusal (4xx, a foreign next-link) is not
                    keepProgress();
                    throw e;
                }
                lastRejectedPage.remove(stream.id());
                take(page);
                boolean end = page.next() == null || page.items().isEmpty();
                if (reached || end) {
                    if (end && floor == null) {
                        unplaced.forEach(this::hand);
                    }
                    save(Cursor.at(Positions.newest(top, floor)));
                    return result(PollResult.State.CAUGHT_UP);
                }
                token = page.next();
                if (floor != null && pages >= maxPagesPerPoll) {
                    save(new Cursor(floor, top, token));
                    return result(PollResult.State.MORE_PENDING);
                }
            }
        }

        private void take(Page page) {
            for (Page.Item item : page.items()) {
                if (item.position() == null) {
                    // no id, no place: it is new only if the next item with a place is
                    unplaced.add(item.payload());
                    continue;
                }
                if (floor != null && !Positions.newer(item.position(), floor)) {
                    reached = true;
                    unplaced.clear();
                    continue;
                }
                if (floor == null && payloads >= backfillLimit) {
                    reached = true;
                    return;
                }
                unplaced.forEach(this::hand);
                unplaced.clear();
                hand(item.payload());
                top = Positions.newest(top, item.position());
            }
        }

        private void hand(String payload) {
            sink.accept(payload);
            payloads++;
        }

        private PollResult rejected(MalformedPageException e) {
            Integer hash = e.body().hashCode();
            if (!hash.equals(lastRejectedPage.put(stream.id(), hash))) {
                sink.accept(e.body());
            }
            LOG.warn("A page of stream {} could not be read ({}); it is asked for again next poll", stream.id(), e.field());
            keepProgress();
            return result(PollResult.State.PAGE_REJECTED);
        }

        /** After pages were ingested, a failing page is where the next poll continues, not the newest. */
        private void keepProgress() {
            if (top != null && token != null) {
                save(new Cursor(floor, top, token));
            }
        }

        private void save(Cursor cursor) {
            if (cursor.seen() != null || cursor.catchingUp()) {
                cursors.save(stream.id(), cursor.encode());
            }
        }

        private PollResult result(PollResult.State state) {
            return new PollResult(stream.id(), payloads, pages, state);
        }
    }
}
