package io.touchpointhub.connectors.social;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stream of numbered items, newest first, paged by the position of a page's last item, with pages
 * that can be made unreadable: the poller's contract without HTTP.
 */
final class ScriptedStream implements SocialStream {

    final List<String> requests = new ArrayList<>();
    final Set<String> unreadableTokens = new HashSet<>();
    final List<Page.Item> items = new ArrayList<>();
    boolean firstPageUnreadable;
    private final int pageSize;

    /** @param positions newest first */
    ScriptedStream(int pageSize, int... positions) {
        this.pageSize = pageSize;
        for (int i = positions.length - 1; i >= 0; i--) {
            add(positions[i]);
        }
    }

    /** A new item on top. */
    void add(int position) {
        items.add(0, new Page.Item(String.valueOf(position), "{\"id\":\"" + position + "\"}"));
    }

    /** A new item on top that has no id. */
    void addWithoutPosition(String payload) {
        items.add(0, new Page.Item(null, payload));
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public Page first(String since) {
        requests.add("first");
        if (firstPageUnreadable) {
            throw new MalformedPageException("body", "must be JSON", "<html>first</html>");
        }
        return pageFrom(0);
    }

    @Override
    public Page next(String token) {
        requests.add(token);
        if (unreadableTokens.contains(token)) {
            throw new MalformedPageException("body", "must be JSON", "<html>" + token + "</html>");
        }
        for (int i = 0; i < items.size(); i++) {
            String position = items.get(i).position();
            if (position != null && Positions.newer(token, position)) {
                return pageFrom(i);
            }
        }
        return new Page(List.of(), null);
    }

    private Page pageFrom(int start) {
        List<Page.Item> page = items.subList(start, Math.min(items.size(), start + pageSize));
        String next = start + pageSize < items.size() ? page.get(page.size() - 1).position() : null;
        return new Page(new ArrayList<>(page), next);
    }
}
