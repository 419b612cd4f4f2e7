package io.touchpointhub.search.profile;

import static io.touchpointhub.search.Fixtures.email;
import static io.touchpointhub.search.Fixtures.phone;
import static io.touchpointhub.search.Fixtures.profile;
import static io.touchpointhub.search.Fixtures.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.search.EmbeddedSearch;
import io.touchpointhub.search.Fixtures;
import io.touchpointhub.search.TouchpointDocument;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.index.ReadModelIndexer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileSearchIT {

    @RegisterExtension
    static final EmbeddedSearch ES = new EmbeddedSearch();

    private final ProfileId john = ProfileId.random();
    private final ProfileId maria = ProfileId.random();
    private final ProfileId ana = ProfileId.random();
    private HubIndices indices;
    private ReadModelIndexer indexer;
    private ProfileSearch search;

    @BeforeEach
    void indexCustomers() {
        indices = ES.freshIndices();
        indexer = new ReadModelIndexer(ES.client(), indices);
        search = new ProfileSearch(ES.client(), indices);
        write(List.of(), List.of(
                profile(john, "John Smith", email("john.smith@example.com"), phone("+4915112345678")),
                profile(maria, "Maria Garcia", email("mg@shop.example")),
                profile(ana, "Ana Lopez", email("maria.garcia@example.org"))));
    }

    private void write(List<ResolvedTouchpoint> touchpoints, List<CustomerProfile> profiles) {
        assertThat(indexer.write(touchpoints, profiles, List.of()).hasFailures()).isFalse();
        indices.refresh();
    }

    private static List<String> ids(List<ProfileHit> hits) {
        return hits.stream().map(hit -> hit.profile().id()).toList();
    }

    @Test
    void findsProfileByNormalisedEmailKey() {
        List<ProfileHit> hits = search.find("John.Smith@Example.com ", List.of(email("john.smith@example.com")), 10);

        assertThat(ids(hits)).first().isEqualTo(john.toString());
    }

    @Test
    void findsProfileByPhoneKey() {
        List<ProfileHit> hits = search.find("0151 1234 5678", List.of(phone("+4915112345678")), 10);

        assertThat(ids(hits)).containsExactly(john.toString());
    }

    @Test
    void findsNameWithOneTypo() {
        assertThat(ids(search.find("Jon Smith", List.of(), 10))).first().isEqualTo(john.toString());
        assertThat(ids(search.find("Jhon", List.of(), 10))).containsExactly(john.toString());
        assertThat(ids(search.find("garcai", List.of(), 10))).containsExactly(maria.toString());
    }

    @Test
    void doesNotFindNameWithTwoTypos() {
        assertThat(search.find("Jxhm", List.of(), 10)).isEmpty();
    }

    @Test
    void answersOnlyExactIdentifierMatchesWhenThereAreAny() {
        List<ProfileHit> hits = search.find("Maria Garcia", List.of(email("maria.garcia@example.org")), 10);

        assertThat(ids(hits)).containsExactly(ana.toString());
    }

    @Test
    void doesNotListProfilesSharingOnlyTheEmailDomainOfAnExactMatch() {
        List<ProfileHit> hits = search.find("john.smith@example.com", List.of(email("john.smith@example.com")), 10);

        assertThat(ids(hits)).containsExactly(john.toString());
    }

    @Test
    void ranksExactSpellingAboveTypo() {
        ProfileId jon = ProfileId.random();
        write(List.of(), List.of(profile(jon, "Jon Smith")));

        assertThat(ids(search.find("Jon Smith", List.of(), 10))).startsWith(jon.toString(), john.toString());
    }

    @Test
    void findsByWordsOfIdentifierValues() {
        assertThat(ids(search.find("shop.example", List.of(), 10))).containsExactly(maria.toString());
    }

    @Test
    void findsNothingForEmptyInput() {
        assertThat(search.find("  ", List.of(), 10)).isEmpty();
    }

    @Test
    void getByMergedIdReturnsTheSurvivor() {
        ProfileId merged = ProfileId.random();
        write(List.of(), List.of(profile(john, "John Smith", List.of(merged), email("john.smith@example.com"))));

        assertThat(search.get(merged)).get().extracting(doc -> doc.id()).isEqualTo(john.toString());
        assertThat(search.get(john)).get().extracting(doc -> doc.mergedIds()).asList()
                .containsExactly(merged.toString());
        assertThat(search.get(ProfileId.random())).isEmpty();
    }

    @Test
    void timelineIsNewestFirstAndPaged() {
        List<ResolvedTouchpoint> touchpoints = new ArrayList<>();
        for (long n = 1; n <= 25; n++) {
            // pairs share a timestamp, so the id decides their order
            touchpoints.add(touchpoint(n, john, Fixtures.T0.plusSeconds(60 * (n / 2))));
        }
        touchpoints.add(touchpoint(99, maria, Fixtures.T0.plusSeconds(10_000)));
        write(touchpoints, List.of());

        TimelinePage first = search.timeline(john, 0, 10);
        TimelinePage second = search.timeline(john, 1, 10);
        TimelinePage last = search.timeline(john, 2, 10);

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).extracting(TouchpointDocument::id)
                .containsExactly(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L);
        assertThat(second.items()).extracting(TouchpointDocument::id).startsWith(15L).hasSize(10)
                .doesNotContainAnyElementsOf(first.items().stream().map(TouchpointDocument::id).toList());
        assertThat(last.items()).extracting(TouchpointDocument::id).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void timelineOfSurvivorIncludesTouchpointsOfMergedProfiles() {
        ProfileId merged = ProfileId.random();
        write(List.of(touchpoint(1, john, Fixtures.T0), touchpoint(2, merged, Fixtures.T0.plusSeconds(1))),
                List.of(profile(john, "John Smith", List.of(merged))));

        TimelinePage page = search.timeline(john, 0, 10);

        assertThat(page.items()).extracting(TouchpointDocument::id).containsExactly(2L, 1L);
        assertThat(search.timeline(merged, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void timelineRejectsPagesBeyondTheFromSizeWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> search.timeline(john, 20, 500));
        assertThatIllegalArgumentException().isThrownBy(() -> search.timeline(john, 0, 501));
        assertThat(search.timeline(john, 19, 500).items()).isEmpty();
    }
}
