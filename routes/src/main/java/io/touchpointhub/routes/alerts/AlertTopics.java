package io.touchpointhub.routes.alerts;

import java.util.List;

/** The names of the tracked topics a spike check looks at (the listening feature's tracked topics). */
@FunctionalInterface
interface AlertTopics {

    List<String> names();
}
