/**
 * B2B accounts in the application: configuration of account resolution ({@code hub.accounts}) and the
 * account API ({@code GET /api/accounts/{id}}, {@code GET /api/accounts?q=}).
 */
package io.touchpointhub.routes.account;
