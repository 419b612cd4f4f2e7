package io.touchpointhub.routes.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.account.Account;
import io.touchpointhub.identity.account.AccountStore;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import io.touchpointhub.search.account.AccountTouchpoints;
import io.touchpointhub.search.profile.ProfileSearch;
import io.touchpointhub.search.profile.TimelinePage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts (companies): one account with its people and their touchpoints, and a lookup by name or
 * domain. The account and its people come from PostgreSQL, where the identity stage links them (so an
 * answer never lags the links); the touchpoints from the touchpoints index, filtered by the people's
 * profile ids.
 */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts", description = "B2B accounts: companies, their people and their touchpoints")
class AccountController {

    private final AccountStore store;
    private final AccountTouchpoints touchpoints;
    private final AccountsProperties properties;

    AccountController(AccountStore store, AccountTouchpoints touchpoints, AccountsProperties properties) {
        this.store = store;
        this.touchpoints = touchpoints;
        this.properties = properties;
    }

    @Operation(summary = "Find accounts by domain (acme.com) or company name (exact after normalisation, prefix, or part of the name)")
    @GetMapping
    Map<String, Object> find(@RequestParam String q, @RequestParam(defaultValue = "10") int size) {
        if (q.isBlank()) {
            throw new InvalidFieldException("q", "must not be blank");
        }
        requireRange("size", size, 1, 100);
        return Map.of("results", store.search(q, size));
    }

    @Operation(summary = "An account: its names and domains, its people, and their touchpoints newest first")
    @GetMapping("/{id}")
    Map<String, Object> view(@PathVariable UUID id,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        requireRange("size", size, 1, ProfileSearch.MAX_TIMELINE_PAGE_SIZE);
        requireRange("page", page, 0, ProfileSearch.MAX_TIMELINE_DEPTH / size - 1);
        Account account = store.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
        List<AccountStore.Person> people = store.people(id, properties.maxPeople());
        List<String> owners = store.touchpointOwners(id, AccountTouchpoints.MAX_PROFILES).stream()
                .map(UUID::toString).toList();
        TimelinePage timeline = touchpoints.page(owners, page, size);

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id().toString());
        view.put("name", account.name());
        view.put("domains", account.domains());
        view.put("names", account.names());
        view.put("groupIds", account.groupIds());
        view.put("createdAt", account.createdAt());
        view.put("updatedAt", account.updatedAt());
        view.put("peopleCount", account.people());
        view.put("people", people);
        view.put("touchpoints", timeline.items());
        view.put("touchpointsPage", Map.of("page", timeline.page(), "size", timeline.size(), "total", timeline.total()));
        return view;
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
    }
}
