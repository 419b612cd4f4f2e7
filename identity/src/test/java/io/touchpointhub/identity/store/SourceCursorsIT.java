package io.touchpointhub.identity.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Channel;
import org.junit.jupiter.api.Test;

class SourceCursorsIT extends PostgresIT {

    private final SourceCursors cursors = new SourceCursors(dataSource());

    @Test
    void keepsOnePositionPerStreamAndOverwritesItOnSave() {
        cursors.save(Channel.SOCIAL, "mastodon-main", "tag:acme", "111");
        cursors.save(Channel.SOCIAL, "mastodon-main", "tag:acme", "222");
        cursors.save(Channel.SOCIAL, "mastodon-main", "mentions", "9");

        assertThat(cursors.position(Channel.SOCIAL, "mastodon-main", "tag:acme")).contains("222");
        assertThat(cursors.position(Channel.SOCIAL, "mastodon-main", "mentions")).contains("9");
        assertThat(cursors.position(Channel.WEB, "mastodon-main", "tag:acme")).isEmpty();
    }

    @Test
    void forgetsAPositionOnReset() {
        cursors.save(Channel.WEB, "forum", "https://forum.example/feed", "{\"etag\":\"x\"}");

        cursors.reset(Channel.WEB, "forum", "https://forum.example/feed");

        assertThat(cursors.position(Channel.WEB, "forum", "https://forum.example/feed")).isEmpty();
    }
}
