/**
 * Probabilistic identity matching as the hub runs it: its configuration ({@code hub.identity.matching}),
 * the periodic estimation of its weights, and the review API for the pairs it was unsure of.
 */
package io.touchpointhub.routes.identity;
