/**
 * B2B accounts: resolves the companies people work for (from e-mail domains, company traits, Segment
 * group calls, with the company address as tie-breaker) into accounts and links profiles to them, in
 * the identity stage's transaction. {@link io.touchpointhub.identity.account.AccountLinker} is the
 * stage's entry point, {@link io.touchpointhub.identity.account.AccountStore} the reading side.
 */
package io.touchpointhub.identity.account;
