package io.touchpointhub.routes.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.web.crawl.Validators;
import io.touchpointhub.identity.store.SourceCursors;
import io.touchpointhub.model.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validators of each crawled URL, kept as the source cursor of its site (channel WEB, source = the
 * site, stream = the configured URL, position = {@code {"etag":…,"lastModified":…,"digest":…}}), so a
 * restarted hub still asks only for changes.
 */
class CrawlCursors {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlCursors.class);

    private final SourceCursors cursors;
    private final ObjectMapper json;

    CrawlCursors(SourceCursors cursors, ObjectMapper json) {
        this.cursors = cursors;
        this.json = json;
    }

    Validators load(String site, String url) {
        return cursors.position(Channel.WEB, site, url).map(position -> parse(site, position)).orElse(Validators.NONE);
    }

    void save(String site, String url, Validators validators) {
        try {
            cursors.save(Channel.WEB, site, url, json.writeValueAsString(validators));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of three strings always serialises", e);
        }
    }

    private Validators parse(String site, String position) {
        try {
            return json.readValue(position, Validators.class);
        } catch (JsonProcessingException e) {
            // an unreadable cursor costs one full fetch, nothing more
            LOG.warn("Site {}: a stored crawl cursor is unreadable; fetching its document afresh", site);
            return Validators.NONE;
        }
    }
}
