package io.touchpointhub.search.profile;

import io.touchpointhub.search.ProfileDocument;

/**
 * One profile found by {@link ProfileSearch#find}, with its relevance score (higher is better; only
 * comparable within one result list).
 */
public record ProfileHit(ProfileDocument profile, double score) {
}
