package io.touchpointhub.routes.alerts;

import java.util.List;

/** One page of alerts, newest first, with the total number matching. */
record AlertPage(List<Alert> alerts, long total, int page, int size) {
}
