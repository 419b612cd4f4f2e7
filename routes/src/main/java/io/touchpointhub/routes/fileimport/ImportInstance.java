package io.touchpointhub.routes.fileimport;

/**
 * The name this hub instance gives its import jobs (host and data directory, which survive a restart),
 * so that after a restart it recognises the jobs it was running and no other instance's.
 */
record ImportInstance(String name) {
}
