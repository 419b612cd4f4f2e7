package io.touchpointhub.identity.account;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.userId;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.matching.MatchWeights;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.undo.ProfileEdits;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.AccountRef;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountLinkerIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource());
    private final ProfileStore profiles = new ProfileStore(dataSource());
    private final AccountStore accounts = new AccountStore(dataSource());

    @BeforeEach
    void emptyAccounts() {
        jdbc.execute("truncate account_profile, account_key, account cascade");
    }

    @Test
    void colleaguesShareOneAccountAndAFreeMailUserHasNone() {
        long ana = append(touchpoint(email("ana@acme.com")));
        long bo = append(touchpoint(email("Bo@EU.Acme.com")));
        long cy = append(touchpoint(email("cy@gmail.com")));

        resolveAll();

        UUID account = accountOf(ana);
        assertThat(accountOf(bo)).isEqualTo(account);
        assertThat(accountOf(cy)).isNull();
        Account found = accounts.find(account).orElseThrow();
        assertThat(found.domains()).containsExactly("acme.com");
        assertThat(found.name()).isEqualTo("acme.com");
        assertThat(found.people()).isEqualTo(2);
        assertThat(profiles.find(liveProfileOf(ana)).orElseThrow().account()).isEqualTo(new AccountRef(account, "acme.com"));
    }

    @Test
    void aMergeByHandHandsTheAccountOfTheMergedProfileToTheSurvivor() {
        long ana = append(touchpoint(email("ana@acme.com")));
        long home = append(touchpoint(email("ana.home@gmail.com")));
        resolveAll();
        UUID account = accountOf(ana);
        assertThat(accountOf(home)).isNull();

        new ProfileEdits(dataSource(), IdentityRules.defaults()).merge(liveProfileOf(home), liveProfileOf(ana), false, null);

        assertThat(liveProfileOf(ana)).isEqualTo(liveProfileOf(home));
        assertThat(accountOf(home)).isEqualTo(account);
        assertThat(count("select count(*) from account_profile where account_id = ?", account)).isEqualTo(1);
    }

    @Test
    void aFreeMailUserWhoseCompanyTraitMatchesJoinsByNameAndTheNameBecomesTheAccountName() {
        long ana = append(withTraits(touchpoint(email("ana@acme.com")), Map.of("company", "ACME Limited")));
        long cy = append(withTraits(touchpoint(email("cy@gmail.com")), Map.of("company", Map.of("name", "Acme, Inc."))));

        resolveAll();

        assertThat(accountOf(cy)).isEqualTo(accountOf(ana));
        Account account = accounts.find(accountOf(ana)).orElseThrow();
        assertThat(account.name()).isEqualTo("ACME Limited");
        assertThat(account.names()).containsExactly("ACME Limited");
    }

    @Test
    void aGroupCallLinksItsUserToTheAccountOfTheGroupIdAndItsWebsiteJoinsTheDomainAccount() {
        long ana = append(touchpoint(email("ana@initech.io")));
        resolveAll();
        long bo = append(touchpoint(userId("bo")));
        long group = append(group(userId("bo"), "grp-42", Map.of("name", "Initech Inc.", "website", "https://www.initech.io")));

        resolveAll();

        assertThat(accountOf(bo)).isEqualTo(accountOf(ana)).isEqualTo(accountOf(group));
        Account account = accounts.find(accountOf(bo)).orElseThrow();
        assertThat(account.groupIds()).containsExactly("grp-42");
        assertThat(account.name()).isEqualTo("Initech Inc.");
        assertThat(rank(bo)).isEqualTo(AccountSignals.GROUP);
    }

    @Test
    void aGroupCallMovesAPersonLinkedByDomainButAWeakerSignalNeverDoes() {
        long ana = append(touchpoint(userId("ana"), email("ana@globex.com")));
        resolveAll();
        UUID byDomain = accountOf(ana);

        append(withTraits(touchpoint(userId("ana")), Map.of("company", "Hooli")));
        resolveAll();
        assertThat(accountOf(ana)).isEqualTo(byDomain);

        append(group(userId("ana"), "hooli-1", Map.of("name", "Hooli")));
        resolveAll();
        assertThat(accountOf(ana)).isNotEqualTo(byDomain);
        assertThat(accounts.find(accountOf(ana)).orElseThrow().name()).isEqualTo("Hooli");
    }

    @Test
    void aPersonLinkedByNameBringsTheirNewCompanyDomainToThatAccount() {
        long cy = append(withTraits(touchpoint(userId("cy"), email("cy@gmail.com")), Map.of("company", "Soylent")));
        resolveAll();
        UUID byName = accountOf(cy);

        append(touchpoint(userId("cy"), email("cy@soylent.com")));
        long dee = append(touchpoint(email("dee@soylent.com")));
        resolveAll();

        assertThat(accountOf(cy)).isEqualTo(byName).isEqualTo(accountOf(dee));
        assertThat(rank(cy)).isEqualTo(AccountSignals.DOMAIN);
        assertThat(accounts.find(byName).orElseThrow().domains()).containsExactly("soylent.com");
        assertThat(count("select count(*) from account")).isEqualTo(1);
    }

    @Test
    void equalNamesInDifferentCountriesAreTwoAccounts() {
        long london = append(withTraits(touchpoint(anonymousId("l")),
                Map.of("company", Map.of("name", "Summit Ltd", "address", Map.of("country", "United Kingdom")))));
        long munich = append(withTraits(touchpoint(anonymousId("m")),
                Map.of("company", Map.of("name", "Summit GmbH", "address", Map.of("country", "DE")))));
        long leeds = append(withTraits(touchpoint(anonymousId("x")),
                Map.of("company", Map.of("name", "SUMMIT LIMITED", "address", Map.of("country", "GB")))));
        long unknown = append(withTraits(touchpoint(anonymousId("u")), Map.of("organization", "Summit")));

        resolveAll();

        assertThat(accountOf(london)).isEqualTo(accountOf(leeds)).isEqualTo(accountOf(unknown));
        assertThat(accountOf(munich)).isNotNull().isNotEqualTo(accountOf(london));
    }

    @Test
    void aMergedProfileHandsItsAccountToTheSurvivor() {
        long ana = append(touchpoint(anonymousId("dev-1"), email("ana@umbrella.com")));
        long visitor = append(touchpoint(anonymousId("dev-2")));
        resolveAll();
        assertThat(accountOf(visitor)).isNull();

        append(touchpoint(anonymousId("dev-1"), anonymousId("dev-2")));
        resolveAll();

        assertThat(liveProfileOf(visitor)).isEqualTo(liveProfileOf(ana));
        assertThat(accountOf(visitor)).isEqualTo(accountOf(ana)).isNotNull();
        assertThat(count("select count(*) from account_profile ap join profile p on p.id = ap.profile_id "
                + "where p.merged_into is not null")).isZero();
    }

    @Test
    void concurrentBatchesAgreeOnOneAccountPerCompany() throws Exception {
        for (int i = 0; i < 400; i++) {
            append(withTraits(touchpoint(email("p" + i + "@dept" + (i % 3) + ".wayne-" + (i % 4) + ".com")),
                    Map.of("company", "Wayne " + (i % 4) + " Enterprises")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            IdentityStage parallel = new IdentityStage(dataSource(), Json.defaultMapper(), IdentityRules.defaults(),
                    RetryPolicy.defaults(), MatchingSettings.defaults(), MatchWeights::defaults, AccountLinker.defaults());
            runs.add(pool.submit(() -> {
                while (parallel.runOnce(20) > 0) {
                    // until idle
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(count("select count(*) from identify_task")).isZero();
        assertThat(count("select count(*) from dead_letter")).isZero();
        assertThat(count("select count(*) from account")).isEqualTo(4);
        assertThat(count("select count(*) from account_profile")).isEqualTo(400);
        assertThat(count("select count(*) from account_key where kind = 'domain'")).isEqualTo(4);
    }

    @Test
    void searchFindsAccountsByDomainAndByName() {
        append(withTraits(touchpoint(email("ana@stark-industries.com")), Map.of("company", "Stark Industries, Inc.")));
        resolveAll();

        assertThat(accounts.search("stark-industries.com", 10)).extracting(AccountStore.AccountHit::name)
                .containsExactly("Stark Industries, Inc.");
        assertThat(accounts.search("STARK", 10)).hasSize(1);
        assertThat(accounts.search("wayne", 10)).isEmpty();
    }

    @Test
    void aBackfillLinksProfilesResolvedWithoutAccountsOnceAndQueuesTheirDocuments() {
        IdentityStage withoutAccounts = new IdentityStage(dataSource(), Json.defaultMapper(), IdentityRules.defaults(),
                RetryPolicy.defaults(), MatchingSettings.defaults(), MatchWeights::defaults, AccountLinker.disabled());
        long ana = append(touchpoint(email("ana@cyberdyne.com")));
        long bo = append(touchpoint(email("bo@cyberdyne.com")));
        drain(withoutAccounts);
        assertThat(accountOf(ana)).isNull();
        jdbc.update("delete from index_task");
        AccountBackfill backfill = new AccountBackfill(dataSource(), Json.defaultMapper(),
                new io.touchpointhub.identity.normalize.IdentifierNormalizer("GB"), AccountLinker.defaults());

        assertThat(backfill.run(1)).isEqualTo(2);
        assertThat(accountOf(ana)).isNotNull().isEqualTo(accountOf(bo));
        assertThat(count("select count(*) from index_task where kind = 'profile'")).isEqualTo(2);

        backfill.run(10);
        assertThat(count("select count(*) from account")).isEqualTo(1);
        assertThat(count("select count(*) from index_task where kind = 'profile'")).isEqualTo(2);
    }

    private static Touchpoint group(Identifier user, String groupId, Map<String, Object> traits) {
        Touchpoint t = touchpoint(user);
        return new Touchpoint(t.key(), "group", null, t.occurredAt(), t.receivedAt(), t.identifiers(), Map.of(),
                Map.of("groupId", groupId, "groupTraits", traits), Map.of(), null);
    }

    private long append(Touchpoint touchpoint) {
        return log.appendAll(List.of(touchpoint)).get(0).id();
    }

    private void resolveAll() {
        drain(stage);
    }

    private static UUID accountOf(long touchpointId) {
        return jdbc.queryForList("select account_id from account_profile where profile_id = ?", UUID.class,
                liveProfileOf(touchpointId).value()).stream().findFirst().orElse(null);
    }

    private static int rank(long touchpointId) {
        return jdbc.queryForObject("select rank from account_profile where profile_id = ?", Integer.class,
                liveProfileOf(touchpointId).value());
    }
}
