package io.touchpointhub.search.listening;

import java.util.List;

/**
 * One author among the most active.
 *
 * @param key         what groups the author's mentions: the handle, or {@code profile:<id>} for authors
 *                    known by name only (reviews)
 * @param profileId   the profile identity resolution linked the author's latest mention to
 * @param profileName that profile's name when it has one, else {@code null}
 * @param volume      mentions in the period
 * @param reach       the largest reach of the author's mentions (followers, or score)
 */
public record AuthorStats(String key, String handle, String name, String profileId, String profileName, long volume,
                          long reach, List<String> channels) {

    AuthorStats withProfileName(String profileName) {
        return new AuthorStats(key, handle, name, profileId, profileName, volume, reach, channels);
    }
}
