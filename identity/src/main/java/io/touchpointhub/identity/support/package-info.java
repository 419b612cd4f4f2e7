/**
 * Plumbing shared by the identity packages (transactions, SQL arrays, JSON, failure classification);
 * public only because Java has no module-private visibility across packages: not an API.
 */
package io.touchpointhub.identity.support;
