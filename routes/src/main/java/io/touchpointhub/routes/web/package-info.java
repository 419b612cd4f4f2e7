/**
 * What every HTTP endpoint of the hub shares: RFC 9457 problem details for every error, naming the
 * field and the rule, and never a stack trace.
 */
package io.touchpointhub.routes.web;
