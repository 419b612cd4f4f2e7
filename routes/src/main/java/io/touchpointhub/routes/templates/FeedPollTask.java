package io.touchpointhub.routes.templates;

/** One poll of a templated feed channel; the crawl channel does the work and the bookkeeping. */
public class FeedPollTask {

    private final Runnable poll;

    FeedPollTask(Runnable poll) {
        this.poll = poll;
    }

    public synchronized void pollOnce() {
        poll.run();
    }
}
