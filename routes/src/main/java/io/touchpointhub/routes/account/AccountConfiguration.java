package io.touchpointhub.routes.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.account.AccountBackfill;
import io.touchpointhub.identity.account.AccountLinker;
import io.touchpointhub.identity.account.AccountStore;
import io.touchpointhub.identity.account.FreeMailDomains;
import io.touchpointhub.identity.normalize.IdentifierNormalizer;
import io.touchpointhub.search.account.AccountTouchpoints;
import io.touchpointhub.search.index.HubIndices;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Account resolution for the identity stage, and the account API's stores, from {@code hub.accounts}. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountLinker accountLinker(AccountsProperties properties) {
        return properties.enabled()
                ? AccountLinker.of(FreeMailDomains.builtInPlus(properties.freeMailDomains()))
                : AccountLinker.disabled();
    }

    @Bean
    AccountBackfill accountBackfill(DataSource dataSource, ObjectMapper json, IdentifierNormalizer normalizer,
                                    AccountLinker linker) {
        return new AccountBackfill(dataSource, json, normalizer, linker);
    }

    @Bean
    AccountStore accountStore(DataSource dataSource, ObjectMapper json) {
        return new AccountStore(dataSource, json);
    }

    @Bean
    AccountTouchpoints accountTouchpoints(ElasticsearchClient client, HubIndices indices) {
        return new AccountTouchpoints(client, indices);
    }
}
