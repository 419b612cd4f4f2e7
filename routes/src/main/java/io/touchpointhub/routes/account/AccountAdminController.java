package io.touchpointhub.routes.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.account.AccountBackfill;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on accounts: resolving them for touchpoints that were resolved before accounts existed. */
@RestController
@RequestMapping("/api/admin/accounts")
@Tag(name = "Administration", description = "Rebuild the read models; list and replay dead letters")
class AccountAdminController {

    private static final int PAGE = 1000;

    private final AccountBackfill backfill;

    AccountAdminController(AccountBackfill backfill) {
        this.backfill = backfill;
    }

    @Operation(summary = "Resolve accounts over every stored touchpoint (after an upgrade, or a change of the free-mail list); safe to repeat and to run while ingesting")
    @PostMapping("/backfill")
    Map<String, Object> backfill() {
        return Map.of("touchpoints", backfill.run(PAGE));
    }
}
