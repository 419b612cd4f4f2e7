/**
 * Reads for the account view: the touchpoints of every person of an account, newest first
 * ({@link io.touchpointhub.search.account.AccountTouchpoints}).
 */
package io.touchpointhub.search.account;
